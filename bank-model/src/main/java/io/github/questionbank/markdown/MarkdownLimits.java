package io.github.questionbank.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;

/**
 * Keeps hostile Markdown away from flexmark, which checks and exports parse and walk. Its inline
 * parser copies the rest of a paragraph for every entity, tag, code span or link end it matches
 * (quadratic in the paragraph: 200 KB of links take minutes), its thematic-break pattern recurses
 * once per character (a line of two thousand dashes overflows the stack), and its visitors and
 * renderers recurse once per nesting level. A text within these limits parses in a second or two at
 * worst and renders safely; model answers are a few KB.
 */
public final class MarkdownLimits {

  /** The longest Markdown text parsed, in characters: some 10,000 words. */
  public static final int MAX_CHARS = 64 * 1024;

  /** The deepest tree accepted, in nodes from the document (a list item in a list is two). */
  public static final int MAX_DEPTH = 64;

  /**
   * The most inline parsing work accepted, counted as {@link #inlineWork}: about a second at worst.
   * Long plain prose costs nothing; a model answer of a few KB costs well under a thousandth.
   */
  static final long MAX_INLINE_WORK = 50_000_000L;

  /** The characters at which flexmark's inline parser runs a pattern match. */
  private static final String MATCH_STARTS = "&<`]";

  private MarkdownLimits() {}

  /**
   * Parses a text as {@link Markdown#parse} does.
   *
   * @throws MarkdownLimitException if the text is too long, too dense with markup, nests too deeply
   *     or overflows the parser
   */
  public static Document parse(String text) throws MarkdownLimitException {
    if (text.length() > MAX_CHARS) {
      throw new MarkdownLimitException(
          String.format(
              Locale.ROOT,
              "is %,d characters long; at most %,d are accepted: shorten it or split the question",
              text.length(),
              MAX_CHARS));
    }
    if (inlineWork(text) > MAX_INLINE_WORK) {
      throw new MarkdownLimitException(
          "has paragraphs so long and so dense with links, tags, entities or code spans that the"
              + " Markdown parser would take minutes: break them up with blank lines");
    }
    Document document;
    try {
      document = Markdown.parse(text);
    } catch (StackOverflowError e) {
      // Only the parser's own frames are unwound; it keeps no state between parses.
      throw new MarkdownLimitException(
          "is too complex for the Markdown parser (such as a line of thousands of dashes):"
              + " simplify it");
    }
    if (tooDeep(document)) {
      throw new MarkdownLimitException(
          "nests more than "
              + MAX_DEPTH
              + " levels deep (lists or quotes inside each other):"
              + " flatten it");
    }
    return document;
  }

  /**
   * What the inline parser's copying costs, roughly: for each paragraph (lines between blank
   * lines), its length times the characters in it where a match starts.
   */
  static long inlineWork(String text) {
    long work = 0;
    long length = 0;
    long matchStarts = 0;
    boolean blank = true;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n') {
        if (blank) {
          work += length * matchStarts;
          length = 0;
          matchStarts = 0;
        }
        blank = true;
      } else if (!Character.isWhitespace(c)) {
        blank = false;
      }
      length++;
      if (MATCH_STARTS.indexOf(c) >= 0) {
        matchStarts++;
      }
    }
    return work + length * matchStarts;
  }

  /** Walks the tree without recursion, climbing from each node at most {@code MAX_DEPTH} steps. */
  private static boolean tooDeep(Document document) {
    for (Node node : document.getDescendants()) {
      int depth = 0;
      for (Node at = node; at != document; at = at.getParent()) {
        if (++depth > MAX_DEPTH) {
          return true;
        }
      }
    }
    return false;
  }
}
