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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must not reach an Anki card, which runs scripts: raw HTML (blocks, inline tags) and
 * link or image destinations with a script or data scheme. Works on the parsed tree, so a {@code
 * <tag>} inside a code span is text, as it should be. An author's note (an HTML comment) is no
 * longer in the tree ({@link AuthorNotes}); a comment block still there is a note gone wrong.
 *
 * <p>The tags of one line make one finding, at the first of them, with the Markdown that does what
 * each was written for: an author who wrote {@code <b>} and {@code <br>} on a line hears once what
 * to write instead.
 */
public final class UnsafeContent {

  private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "vbscript", "data");

  private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)");

  /** The Markdown for each tag that has one; every other tag is told to go in a code span. */
  private static final Map<String, String> MARKDOWN_FOR =
      Map.ofEntries(
          Map.entry("b", "`**` makes bold"),
          Map.entry("strong", "`**` makes bold"),
          Map.entry("i", "`*` makes italics"),
          Map.entry("em", "`*` makes italics"),
          Map.entry("br", "a backslash or two spaces at the end of the line make a line break"),
          Map.entry("code", "backticks make code: `x`"),
          Map.entry("a", "`[text](address)` makes a link"),
          Map.entry("img", "`![description](path)` shows an image"));

  private UnsafeContent() {}

  public static List<Finding> find(Node root) {
    List<Finding> findings = new ArrayList<>();
    Map<Integer, List<Node>> tagsByLine = new LinkedHashMap<>();
    for (Node node : root.getDescendants()) {
      if (node instanceof HtmlCommentBlock) {
        findings.add(noteGoneWrong(node));
      } else if (node instanceof HtmlBlock
          || node instanceof HtmlInnerBlock
          || node instanceof HtmlInnerBlockComment) {
        findings.add(
            new Finding(
                node.getStartOffset(),
                "raw HTML block " + excerpt(node) + ": " + hints(tagNames(node.getChars()))));
      } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
        tagsByLine.computeIfAbsent(node.getStartLineNumber(), line -> new ArrayList<>()).add(node);
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
    tagsByLine.values().forEach(tags -> findings.add(lineOfTags(tags)));
    findings.sort(Comparator.comparingInt(Finding::offset));
    return findings;
  }

  /** One finding for the tags of a line, at the first. */
  private static Finding lineOfTags(List<Node> tags) {
    Set<String> shown = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    for (Node tag : tags) {
      List<String> name = tagNames(tag.getChars());
      names.addAll(name);
      shown.add(name.isEmpty() ? excerpt(tag) : "'<" + name.get(0) + ">'");
    }
    return new Finding(
        tags.get(0).getStartOffset(),
        "raw HTML " + listed(List.copyOf(shown)) + ": " + hints(names));
  }

  /** A comment block that is not only notes: one never closed, or with text after its end. */
  private static Finding noteGoneWrong(Node node) {
    if (AuthorNotes.unclosed(node.getChars())) {
      return new Finding(
          node.getStartOffset(),
          "an author's note "
              + excerpt(node)
              + " is never closed with '-->', so it hides everything after it: close it");
    }
    return new Finding(
        node.getStartOffset(),
        "raw HTML block "
            + excerpt(node)
            + ": text after the '-->' of an author's note, on its line, is read as raw HTML: start"
            + " a new line after the note");
  }

  /** The names of the tags in a text, lower-cased, in order. */
  private static List<String> tagNames(CharSequence html) {
    List<String> names = new ArrayList<>();
    Matcher matcher = TAG_NAME.matcher(html);
    while (matcher.find()) {
      names.add(matcher.group(1).toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** What to write instead of these tags: the Markdown for each, a code span for the others. */
  private static String hints(List<String> tagNames) {
    Set<String> hints = new LinkedHashSet<>();
    Set<String> literal = new LinkedHashSet<>();
    for (String name : tagNames) {
      String markdown = MARKDOWN_FOR.get(name);
      if (markdown != null) {
        hints.add(markdown);
      } else {
        literal.add("`<" + name + ">`");
      }
    }
    if (hints.isEmpty() && literal.isEmpty()) {
      return "write Markdown instead, or put the tag in a `code span`";
    }
    List<String> parts = new ArrayList<>();
    if (!hints.isEmpty()) {
      parts.add("write Markdown instead: " + String.join("; ", hints));
    }
    if (!literal.isEmpty()) {
      parts.add(
          (hints.isEmpty() ? "write Markdown instead, or t" : "t")
              + "o show a tag as written, put it in a code span: "
              + String.join(", ", literal));
    }
    return String.join("; ", parts);
  }

  /** 'a', 'a' and 'b', 'a', 'b' and 'c'. */
  private static String listed(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
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
