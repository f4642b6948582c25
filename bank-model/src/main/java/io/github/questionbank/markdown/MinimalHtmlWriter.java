package io.github.questionbank.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Writes what the sanitizer lets through as HTML with no character reference but those HTML needs:
 * {@code &amp; &lt; &gt;} in text, and {@code &quot;} as well in attribute values, which are always
 * in double quotes. Every other character is written as itself, so that the HTML Anki stores holds
 * the text an author wrote, and its Browse search finds {@code doesn't} or {@code N+1}.
 *
 * <p>The sanitizer's policy still decides what is written; this class only replaces its renderer,
 * {@code HtmlStreamRenderer}, which also writes {@code ' " + = @ `} as numeric references, emoji as
 * hexadecimal ones, and splits two opening braces with an HTML comment. Those guard contexts our
 * outputs never create: unquoted or single-quoted attributes, a page whose encoding a browser would
 * have to guess (UTF-7), Internet Explorer's conditional compilation, and client-side template
 * languages. Cards and the study page are UTF-8, declared, with every attribute in double quotes
 * and no template language. Like the renderer, it drops the code units XML forbids (control
 * characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF).
 *
 * <p>It refuses, with an {@link IllegalStateException}, to write an element whose content an HTML
 * parser does not read as ordinary text ({@code script}, {@code style}, {@code textarea}, ...) or a
 * name that is not a plain HTML name: no allow-list of ours lets one through, so meeting one means
 * the allow-list changed, and its output must not be trusted to this class unseen.
 */
final class MinimalHtmlWriter implements HtmlStreamEventReceiver {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  /** Written without an end tag, as {@code <br />}: valid HTML and XML, as the renderer wrote. */
  private static final Set<String> VOID =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
          "track", "wbr");

  /**
   * Elements whose content is raw text, escapable raw text, or foreign content: text in them is not
   * read the way it is written here.
   */
  private static final Set<String> NOT_ORDINARY_TEXT =
      Set.of(
          "script",
          "style",
          "textarea",
          "title",
          "xmp",
          "iframe",
          "noembed",
          "noframes",
          "noscript",
          "plaintext",
          "template",
          "svg",
          "math",
          "listing");

  private final StringBuilder out;

  MinimalHtmlWriter(StringBuilder out) {
    this.out = out;
  }

  @Override
  public void openDocument() {
    // Nothing to write: the output is a fragment.
  }

  @Override
  public void closeDocument() {
    // Nothing to write: the sanitizer has closed every element it opened.
  }

  @Override
  public void openTag(String elementName, List<String> attributes) {
    String element = checkedName(elementName);
    if (NOT_ORDINARY_TEXT.contains(element)) {
      throw new IllegalStateException("the allow-list let <" + element + "> through");
    }
    out.append('<').append(element);
    for (int i = 0; i + 1 < attributes.size(); i += 2) {
      out.append(' ').append(checkedName(attributes.get(i))).append("=\"");
      escape(attributes.get(i + 1), true, out);
      out.append('"');
    }
    out.append(VOID.contains(element) ? " />" : ">");
  }

  @Override
  public void closeTag(String elementName) {
    String element = checkedName(elementName);
    if (!VOID.contains(element)) {
      out.append("</").append(element).append('>');
    }
  }

  @Override
  public void text(String text) {
    escape(text, false, out);
  }

  /** Plain text as an element's content: {@code & < >} escaped, nothing else. */
  static String content(String text) {
    StringBuilder html = new StringBuilder(text.length() + 16);
    escape(text, false, html);
    return html.toString();
  }

  private static String checkedName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (!NAME.matcher(lower).matches()) {
      throw new IllegalStateException("not an HTML name: " + name);
    }
    return lower;
  }

  private static void escape(String text, boolean inAttribute, StringBuilder out) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(inAttribute ? "&quot;" : "\"");
        case '\t', '\n', '\r' -> out.append(c);
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
            out.append(c);
          }
        }
      }
    }
  }
}
