package io.github.questionbank.load;

import org.yaml.snakeyaml.error.Mark;

/**
 * Turns SnakeYAML's positions, counted in code points, into the text's own: char (UTF-16) indexes
 * and columns, the unit every other column of a diagnostic uses (and SARIF declares). They differ
 * only after a character beyond the Basic Multilingual Plane, such as an emoji, on the same line.
 */
final class CodePoints {

  private final String text;
  private final int[] charIndexOfCodePoint; // null when every character is one code point

  CodePoints(String text) {
    this.text = text;
    this.charIndexOfCodePoint = index(text);
  }

  /** The char index of a code point index. */
  int charIndex(int codePoint) {
    if (charIndexOfCodePoint == null) {
      return Math.min(codePoint, text.length());
    }
    return charIndexOfCodePoint[Math.max(0, Math.min(codePoint, charIndexOfCodePoint.length - 1))];
  }

  /** The 1-based UTF-16 column of a mark. */
  int column(Mark mark) {
    if (charIndexOfCodePoint == null) {
      return mark.getColumn() + 1;
    }
    int at = mark.getIndex();
    return charIndex(at) - charIndex(at - mark.getColumn()) + 1;
  }

  private static int[] index(String text) {
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      return null;
    }
    int[] index = new int[codePoints + 1];
    for (int i = 0, c = 0; c <= codePoints; c++) {
      index[c] = i;
      if (i < text.length()) {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return index;
  }
}
