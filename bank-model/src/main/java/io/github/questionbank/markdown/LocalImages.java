package io.github.questionbank.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
