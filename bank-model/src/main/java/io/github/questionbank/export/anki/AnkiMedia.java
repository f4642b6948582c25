package io.github.questionbank.export.anki;

import io.github.questionbank.markdown.LocalImages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The local images of a pack's cards. Anki keeps every collection's media in one flat folder, so
 * each image gets a flat name derived from its content: its own file name for a reader, and a hash
 * of its bytes. Two different images never share a name (two {@code diagram.png} in different
 * folders stay apart); the same image gets the same name in every pack and every build, and is
 * stored once however many answers show it; and an edited image gets a new name, so that a
 * learner's re-import brings the new picture instead of keeping the old file of the same name.
 */
final class AnkiMedia {

  private static final Pattern UNSAFE_NAME_CHARACTERS = Pattern.compile("[^A-Za-z0-9_-]+");
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");
  private static final int STEM_LENGTH = 40;
  private static final int HASH_BYTES = 6;

  private final Path bankDirectory;
  private final SortedMap<String, Path> files = new TreeMap<>();
  private final Map<Path, String> names = new HashMap<>();

  AnkiMedia(Path bankDirectory) {
    this.bankDirectory = bankDirectory.toAbsolutePath().normalize();
  }

  /**
   * What an image's {@code src} becomes on a card: the flat name of a local image (relative to the
   * question's folder, {@code questions/<sectionId>/}), remembered for {@link #files()}; anything
   * else unchanged, for the sanitizer to keep (http, https) or drop.
   *
   * @throws UncheckedIOException if a local image lies outside the bank, which validation refuses
   */
  String source(String sectionId, String destination) {
    Optional<String> local = LocalImages.localPath(destination);
    if (local.isEmpty()) {
      return destination;
    }
    Path file = LocalImages.resolve(bankDirectory, "questions/" + sectionId, local.get());
    String name = names.get(file);
    if (name == null) {
      name = flatName(file);
      names.put(file, name);
      // The same bytes under the same file name elsewhere in the bank: one copy serves both.
      files.putIfAbsent(name, file);
    }
    return name;
  }

  /** Flat name to image file, sorted by name so that the export is the same every time. */
  Map<String, Path> files() {
    return Collections.unmodifiableSortedMap(files);
  }

  /** Copies an image, refusing one that a symbolic link has placed outside the bank. */
  void copy(Path file, OutputStream out) throws IOException {
    out.write(LocalImages.readInsideBank(bankDirectory, file));
  }

  /** {@code questions/security/img/Token Flow.PNG} becomes {@code Token-Flow-1a2b3c4d5e6f.png}. */
  private String flatName(Path file) {
    String fileName = file.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    String extension = dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    stem = UNSAFE_NAME_CHARACTERS.matcher(stem).replaceAll("-").replaceAll("^-+|-+$", "");
    if (stem.length() > STEM_LENGTH) {
      stem = stem.substring(0, STEM_LENGTH);
    }
    return (stem.isEmpty() ? "image" : stem)
        + "-"
        + hash(read(file))
        + (EXTENSION.matcher(extension).matches() ? "." + extension : "");
  }

  private byte[] read(Path file) {
    try {
      return LocalImages.readInsideBank(bankDirectory, file);
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot read image " + file, e));
    }
  }

  private static String hash(byte[] content) {
    return HexFormat.of().formatHex(DigestUtils.sha256(content), 0, HASH_BYTES);
  }
}
