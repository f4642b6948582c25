package io.github.questionbank.export.anki;

import io.github.questionbank.markdown.LocalImages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The local images of a pack's cards. Anki keeps every collection's media in one flat folder, so
 * each image gets a flat name that no other image, of this bank or another, can have: its own name
 * for a reader, and a hash of the bank id and its path in the bank. The same image gets the same
 * name in every pack and every build.
 */
final class AnkiMedia {

  private static final Pattern UNSAFE_NAME_CHARACTERS = Pattern.compile("[^A-Za-z0-9_-]+");
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");
  private static final int STEM_LENGTH = 40;
  private static final int HASH_BYTES = 6;

  private final String bankId;
  private final Path bankDirectory;
  private final SortedMap<String, Path> files = new TreeMap<>();

  AnkiMedia(String bankId, Path bankDirectory) {
    this.bankId = bankId;
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
    Path file = resolve(sectionId, local.get());
    String relative = bankDirectory.relativize(file).toString().replace('\\', '/');
    String name = flatName(relative);
    Path previous = files.putIfAbsent(name, file);
    if (previous != null && !previous.equals(file)) {
      throw new IllegalStateException(
          "two images share the media name " + name + ": " + previous + " and " + file);
    }
    return name;
  }

  /** Flat name to image file, sorted by name so that the export is the same every time. */
  Map<String, Path> files() {
    return Collections.unmodifiableSortedMap(files);
  }

  /** Copies an image, refusing one that a symbolic link has placed outside the bank. */
  void copy(Path file, OutputStream out) throws IOException {
    if (!file.toRealPath().startsWith(bankDirectory.toRealPath())) {
      throw new IOException("image " + file + " is outside the bank directory " + bankDirectory);
    }
    Files.copy(file, out);
  }

  private Path resolve(String sectionId, String path) {
    Path file;
    try {
      file = bankDirectory.resolve("questions").resolve(sectionId).resolve(path).normalize();
    } catch (InvalidPathException e) {
      throw new UncheckedIOException(new IOException("image path '" + path + "' is not valid", e));
    }
    if (!file.startsWith(bankDirectory)) {
      throw new UncheckedIOException(
          new IOException("image '" + path + "' is outside the bank directory " + bankDirectory));
    }
    return file;
  }

  /** {@code questions/security/img/Token Flow.PNG} becomes {@code Token-Flow-1a2b3c4d5e6f.png}. */
  private String flatName(String bankRelativePath) {
    String fileName = bankRelativePath.substring(bankRelativePath.lastIndexOf('/') + 1);
    int dot = fileName.lastIndexOf('.');
    String extension = dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    stem = UNSAFE_NAME_CHARACTERS.matcher(stem).replaceAll("-").replaceAll("^-+|-+$", "");
    if (stem.length() > STEM_LENGTH) {
      stem = stem.substring(0, STEM_LENGTH);
    }
    String hash = hash(bankId + "/" + bankRelativePath);
    return (stem.isEmpty() ? "image" : stem)
        + "-"
        + hash
        + (EXTENSION.matcher(extension).matches() ? "." + extension : "");
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, HASH_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
