package io.github.questionbank.export.pdf;

import io.github.questionbank.highlight.CodeToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a line of highlighted code into lines no wider than the code box, the way a reader wants to
 * read it on paper: between tokens or words where possible, inside a long token (a URL in a string)
 * after a {@code / ? & = , ; :} or {@code .} rather than anywhere, never at a hyphen; every
 * continuation starts under the line's own indentation plus two columns, behind a marker, so that
 * it reads as the same line, not a new one. Widths are counted in columns of the monospace font.
 */
final class CodeLineWrap {

  /** Where a long token may break: after one of these. A hyphen is not one: it reads as a minus. */
  private static final String BREAK_AFTER = "/?&=,;:.";

  /** A continuation's mark, drawn in the muted colour before its text. */
  static final String MARKER = "\u21b3 ";

  /** A visual line: its indentation in columns, whether it continues the line above, its tokens. */
  record VisualLine(int indent, boolean continuation, List<CodeToken> tokens) {}

  private final int columns;

  /**
   * @param columns how many monospace columns the code box holds; at least 20
   */
  CodeLineWrap(int columns) {
    this.columns = Math.max(20, columns);
  }

  List<VisualLine> wrap(List<CodeToken> line) {
    return new Filler(line).fill();
  }

  /** The state of wrapping one line: the lines so far, the one being filled. */
  private final class Filler {
    private final List<List<CodeToken>> words;
    private final int lead;
    private final int continuationIndent;
    private final int room;
    private final List<VisualLine> lines = new ArrayList<>();
    private List<CodeToken> current = new ArrayList<>();
    private int used;
    private int limit = columns;
    private boolean continuation;

    Filler(List<CodeToken> line) {
      this.words = words(line);
      this.lead = words.isEmpty() || !isBlank(words.get(0)) ? 0 : width(words.get(0));
      // A deeply indented line would leave its continuations no room: they start further left.
      this.continuationIndent = Math.min(lead + 2, columns / 2);
      this.room = columns - continuationIndent - MARKER.length();
    }

    List<VisualLine> fill() {
      for (List<CodeToken> word : words) {
        int width = width(word);
        if (used + width <= limit) {
          add(word);
        } else if (isBlank(word)) {
          used = limit; // white space at a break: the break stands for it
        } else {
          if (hasContent() && (width <= room || limit - used < 12)) {
            breakLine();
          }
          if (used + width <= limit) {
            add(word);
          } else {
            addTokenByToken(word); // longer than a whole line: cut it
          }
        }
      }
      lines.add(line(continuation, continuationIndent, current));
      return lines;
    }

    /** A word too long for a line: broken between its tokens, or inside one that is too long. */
    private void addTokenByToken(List<CodeToken> word) {
      for (CodeToken token : word) {
        CodeToken rest = token;
        while (rest != null) {
          int width = width(rest.text());
          if (used + width <= limit) {
            current.add(rest);
            used += width;
            rest = null;
          } else if (hasContent() && width <= room) {
            breakLine();
          } else {
            int cut = cut(rest.text(), limit - used);
            current.add(new CodeToken(rest.kind(), rest.text().substring(0, cut)));
            breakLine();
            rest = new CodeToken(rest.kind(), rest.text().substring(cut));
          }
        }
      }
    }

    private boolean hasContent() {
      return used > (continuation ? 0 : lead);
    }

    private void add(List<CodeToken> word) {
      current.addAll(word);
      used += width(word);
    }

    private void breakLine() {
      lines.add(line(continuation, continuationIndent, current));
      current = new ArrayList<>();
      continuation = true;
      limit = room;
      used = 0;
    }
  }

  /**
   * The line's words: runs of tokens without white space, and the runs of white space between them,
   * each as a list of tokens (a word such as {@code jobs.id} or {@code f("x")} may hold several).
   * Lines break between words first.
   */
  private static List<List<CodeToken>> words(List<CodeToken> line) {
    List<List<CodeToken>> words = new ArrayList<>();
    List<CodeToken> word = new ArrayList<>();
    Boolean blank = null;
    for (CodeToken token : line) {
      String text = token.text();
      int start = 0;
      for (int i = 0; i <= text.length(); i++) {
        boolean end = i == text.length();
        boolean space = !end && Character.isWhitespace(text.charAt(i));
        if (end || blank != null && space != blank) {
          if (i > start) {
            word.add(new CodeToken(token.kind(), text.substring(start, i)));
          }
          if (!end) {
            if (!word.isEmpty()) {
              words.add(word);
            }
            word = new ArrayList<>();
            start = i;
          }
        }
        if (!end) {
          blank = space;
        }
      }
    }
    if (!word.isEmpty()) {
      words.add(word);
    }
    return words;
  }

  private static boolean isBlank(List<CodeToken> word) {
    return word.stream().allMatch(CodeLineWrap::isBlank);
  }

  private static int width(List<CodeToken> word) {
    return word.stream().mapToInt(token -> width(token.text())).sum();
  }

  /** A finished visual line; the spaces it ended with go, the break stands for them. */
  private static VisualLine line(boolean continuation, int indent, List<CodeToken> tokens) {
    List<CodeToken> kept = new ArrayList<>(tokens);
    while (kept.size() > 1 && isBlank(kept.get(kept.size() - 1))) {
      kept.remove(kept.size() - 1);
    }
    return new VisualLine(continuation ? indent : 0, continuation, kept);
  }

  /**
   * How many characters of {@code text} to keep on a line with {@code room} columns left: up to the
   * last preferred break that fits, else as many as fit (at least one, so the line moves on).
   */
  private static int cut(String text, int room) {
    int codePoints = text.codePointCount(0, text.length());
    int fit = Math.max(1, text.offsetByCodePoints(0, Math.max(1, Math.min(room, codePoints))));
    for (int i = fit; i > fit / 3; i--) {
      if (BREAK_AFTER.indexOf(text.charAt(i - 1)) >= 0 && i < text.length()) {
        return i;
      }
    }
    if (fit < text.length() && Character.isLowSurrogate(text.charAt(fit))) {
      fit--; // never between the two halves of an emoji
    }
    return Math.max(1, fit);
  }

  private static boolean isBlank(CodeToken token) {
    return token.text().isBlank();
  }

  /** Columns: one per character, as in the monospace font. */
  static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
