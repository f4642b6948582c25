package io.github.questionbank.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text and the ranges of it that are code.
 *
 * @param text the text
 * @param code the code's ranges, in order, not overlapping, each {@code [start, end)} in chars
 */
public record StyledText(String text, List<Range> code) {

  /** A range of chars, {@code [start, end)}. */
  public record Range(int start, int end) {}

  public StyledText {
    code = List.copyOf(code);
  }

  /** Text with its code between {@code start} and {@code end} marks: the marks become ranges. */
  static StyledText fromMarked(String marked, char start, char end) {
    StringBuilder text = new StringBuilder(marked.length());
    List<Range> ranges = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == start) {
        open = text.length();
      } else if (c == end) {
        if (open >= 0 && text.length() > open) {
          ranges.add(new Range(open, text.length()));
        }
        open = -1;
      } else {
        text.append(c);
      }
    }
    return new StyledText(text.toString(), ranges);
  }
}
