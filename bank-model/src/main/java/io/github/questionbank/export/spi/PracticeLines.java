package io.github.questionbank.export.spi;

import java.util.Locale;
import java.util.Optional;

/**
 * How many ruled lines the practice PDF gives each question to write on: {@link #AUTO}, sized by
 * the question's model answer, or the same fixed count for every question.
 *
 * @param count the fixed count, or 0 for {@link #AUTO}
 */
public record PracticeLines(int count) {

  /** The smallest fixed count: one line is still room for a one-word answer. */
  public static final int MIN = 1;

  /**
   * The largest fixed count: a question with this many lines still fits on one page of the smaller
   * paper (Letter), so that its writing space is never split from it.
   */
  public static final int MAX = 25;

  /** Sized by the model answer: longer answers get more room. */
  public static final PracticeLines AUTO = new PracticeLines(0);

  public PracticeLines {
    if (count != 0 && (count < MIN || count > MAX)) {
      throw new IllegalArgumentException("practice lines out of range: " + count);
    }
  }

  /** The same count for every question. */
  public static PracticeLines fixed(int count) {
    return new PracticeLines(count);
  }

  public boolean isAuto() {
    return count == 0;
  }

  /**
   * Reads {@code auto} or a whole number from {@link #MIN} to {@link #MAX}, as an author writes it
   * in the POM; anything else is empty.
   */
  public static Optional<PracticeLines> parse(String text) {
    String value = text == null ? "" : text.strip();
    if (value.toLowerCase(Locale.ROOT).equals("auto")) {
      return Optional.of(AUTO);
    }
    if (!value.matches("[0-9]{1,3}")) {
      return Optional.empty();
    }
    int count = Integer.parseInt(value);
    return count >= MIN && count <= MAX ? Optional.of(fixed(count)) : Optional.empty();
  }

  /** {@code auto} or the count, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return isAuto() ? "auto" : String.valueOf(count);
  }
}
