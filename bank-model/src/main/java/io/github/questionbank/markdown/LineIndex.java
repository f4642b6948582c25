package io.github.questionbank.markdown;

import java.util.Arrays;

/** Turns character offsets into a text into 1-based lines and columns. */
public final class LineIndex {

  private final int[] lineStarts;

  public LineIndex(CharSequence text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** The 1-based line of an offset. */
  public int line(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The 1-based column of an offset. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }
}
