package io.github.questionbank.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what must not reach an Anki card, which runs scripts: raw HTML (blocks, inline tags,
 * comments) and link or image destinations with a script or data scheme. Works on the parsed tree,
 * so a {@code <tag>} inside a code span is text, as it should be.
 */
public final class UnsafeContent {

  private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "vbscript", "data");

  private UnsafeContent() {}

  public static List<Finding> find(Node root) {
    List<Finding> findings = new ArrayList<>();
    for (Node node : root.getDescendants()) {
      if (node instanceof HtmlBlock
          || node instanceof HtmlInnerBlock
          || node instanceof HtmlCommentBlock
          || node instanceof HtmlInnerBlockComment) {
        findings.add(
            new Finding(
                node.getStartOffset(),
                "raw HTML block "
                    + excerpt(node)
                    + ": write Markdown instead, or put the tag in a"
                    + " `code span`"));
      } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
        findings.add(
            new Finding(
                node.getStartOffset(),
                "raw HTML "
                    + excerpt(node)
                    + ": write Markdown instead, or put the tag in a"
                    + " `code span`"));
      } else if (node instanceof Link link) {
        unsafeScheme(link.getUrl().unescape(), node, "link", findings);
      } else if (node instanceof Image image) {
        unsafeScheme(image.getUrl().unescape(), node, "image", findings);
      } else if (node instanceof AutoLink autoLink) {
        unsafeScheme(autoLink.getUrl().unescape(), node, "link", findings);
      } else if (node instanceof Reference reference) {
        unsafeScheme(reference.getUrl().unescape(), node, "link reference", findings);
      }
    }
    return findings;
  }

  private static void unsafeScheme(String url, Node node, String what, List<Finding> findings) {
    scheme(url)
        .filter(UNSAFE_SCHEMES::contains)
        .ifPresent(
            scheme ->
                findings.add(
                    new Finding(
                        node.getStartOffset(),
                        what
                            + " with a "
                            + scheme
                            + ": destination: Anki cards run scripts, so javascript:,"
                            + " vbscript: and data: destinations are refused")));
  }

  /** The scheme of a URL as a browser would read it: control characters and blanks ignored. */
  static Optional<String> scheme(String url) {
    StringBuilder cleaned = new StringBuilder();
    for (char c : url.toCharArray()) {
      if (c > ' ') {
        cleaned.append(c);
      }
    }
    String text = cleaned.toString();
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String scheme = text.substring(0, colon);
    return scheme
            .chars()
            .allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')
        ? Optional.of(scheme.toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  private static String excerpt(Node node) {
    String text = node.getChars().toString().strip();
    int newline = text.indexOf('\n');
    if (newline >= 0) {
      text = text.substring(0, newline);
    }
    if (text.length() > 40) {
      text = text.substring(0, 40) + "...";
    }
    return "'" + text + "'";
  }
}
