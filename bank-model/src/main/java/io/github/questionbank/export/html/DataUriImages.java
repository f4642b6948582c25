package io.github.questionbank.export.html;

import io.github.questionbank.markdown.LocalImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Local images as {@code data:} URIs, so that the study page is one file that works offline and
 * under a CSP that allows no image request. The media type comes from the file's first bytes, not
 * its name: a file that is not PNG, JPEG, GIF or WebP is not embedded (its {@code img} keeps only
 * its alt text). Remote images are left as written, for the page's policy to drop.
 */
final class DataUriImages {

  private final Path bankDirectory;
  private final Map<Path, String> uris = new HashMap<>();

  DataUriImages(Path bankDirectory) {
    this.bankDirectory = bankDirectory.toAbsolutePath().normalize();
  }

  /** The rewrite for Markdown whose relative paths start from {@code folder} in the bank. */
  UnaryOperator<String> from(String folder) {
    return destination -> source(folder, destination);
  }

  /** The rewrite for a question's text and answer: paths start from its section's folder. */
  UnaryOperator<String> forSection(String sectionId) {
    return from("questions/" + sectionId);
  }

  private String source(String folder, String destination) {
    Optional<String> local = LocalImages.localPath(destination);
    if (local.isEmpty()) {
      return destination;
    }
    Path file = LocalImages.resolve(bankDirectory, folder, local.get());
    return uris.computeIfAbsent(file, this::dataUri);
  }

  private String dataUri(Path file) {
    try {
      byte[] bytes = LocalImages.readInsideBank(bankDirectory, file);
      return mediaType(bytes)
          .map(type -> "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes))
          .orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raster types every browser shows, recognised by their signatures. */
  static Optional<String> mediaType(byte[] bytes) {
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
      return Optional.of("image/png");
    }
    if (startsWith(bytes, 0, 0xff, 0xd8, 0xff)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
      return Optional.of("image/gif");
    }
    if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int offset, int... signature) {
    if (bytes.length < offset + signature.length) {
      return false;
    }
    int[] head = new int[signature.length];
    for (int i = 0; i < signature.length; i++) {
      head[i] = bytes[offset + i] & 0xff;
    }
    return Arrays.equals(head, signature);
  }
}
