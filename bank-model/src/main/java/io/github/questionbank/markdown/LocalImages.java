package io.github.questionbank.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The local images an answer shows: destinations without a scheme, relative to the file. */
public final class LocalImages {

  private LocalImages() {}

  /** A local image: its path as written (decoded, without query or fragment) and its offset. */
  public record LocalImage(String path, int offset) {}

  public static List<LocalImage> find(Document document) {
    List<LocalImage> images = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      String url = null;
      if (node instanceof Image image) {
        url = image.getUrl().toString();
      } else if (node instanceof ImageRef imageRef) {
        Reference reference = imageRef.getReferenceNode(document);
        url = reference == null ? null : reference.getUrl().toString();
      }
      if (url != null) {
        localPath(url).ifPresent(path -> images.add(new LocalImage(path, node.getStartOffset())));
      }
    }
    return images;
  }

  /**
   * The file an image destination names, relative to the question's folder, if it is local: no
   * scheme, not protocol-relative, not a fragment. Query and fragment are dropped and percent
   * escapes decoded ('+' stays '+', as in a path). Every reader of image paths goes through here.
   */
  public static Optional<String> localPath(String url) {
    String stripped = url.strip();
    return isLocal(stripped) ? Optional.of(decode(strip(stripped))) : Optional.empty();
  }

  /**
   * The file a local image path names, from {@code folder} inside the bank ({@code
   * questions/<section>} for a question, {@code .} for bank.yaml).
   *
   * @throws UncheckedIOException if the path is not a valid file path or leads out of the bank,
   *     which validation refuses: only a bank that skipped it gets here
   */
  public static Path resolve(Path bankDirectory, String folder, String path) {
    Path bank = bankDirectory.toAbsolutePath().normalize();
    Path file;
    try {
      file = bank.resolve(folder).resolve(path).normalize();
    } catch (InvalidPathException e) {
      throw new UncheckedIOException(new IOException("image path '" + path + "' is not valid", e));
    }
    if (!file.startsWith(bank)) {
      throw new UncheckedIOException(
          new IOException("image '" + path + "' is outside the bank directory " + bank));
    }
    return file;
  }

  /**
   * An image's bytes, refusing a file that a symbolic link places outside the bank (validation
   * refuses those too; this makes sure before anything is copied into an output).
   */
  public static byte[] readInsideBank(Path bankDirectory, Path file) throws IOException {
    if (!file.toRealPath().startsWith(bankDirectory.toRealPath())) {
      throw new IOException("image " + file + " is outside the bank directory " + bankDirectory);
    }
    return Files.readAllBytes(file);
  }

  private static boolean isLocal(String url) {
    return !url.isBlank()
        && !url.startsWith("//")
        && !url.startsWith("#")
        && UnsafeContent.scheme(url).isEmpty();
  }

  private static String strip(String url) {
    int end = url.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = url.indexOf(stop);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return url.substring(0, end);
  }

  private static String decode(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }
}
