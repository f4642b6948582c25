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

  /**
   * The marks of code in a text while it is built or written: Unicode noncharacters, reserved for a
   * program's own use and never printed. An author's text that holds one anyway loses it.
   */
  public static final char CODE_START = '\uFDD0';

  public static final char CODE_END = '\uFDD1';

  /** A range of chars, {@code [start, end)}. */
  public record Range(int start, int end) {}

  public StyledText {
    code = List.copyOf(code);
  }

  /**
   * Text with its code between {@link #CODE_START} and {@link #CODE_END}: the marks become ranges.
   */
  static StyledText fromMarked(String marked) {
    StringBuilder text = new StringBuilder(marked.length());
    List<Range> ranges = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == CODE_START) {
        open = text.length();
      } else if (c == CODE_END) {
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
