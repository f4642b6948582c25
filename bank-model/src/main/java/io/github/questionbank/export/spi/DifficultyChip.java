package io.github.questionbank.export.spi;

import io.github.questionbank.model.Difficulty;

/**
 * The colours of a difficulty's chip, shared by every format (the PDF handouts, the Anki card's CSS
 * and the study page), so that a learner sees the same chip everywhere. Three hues that also step
 * from light to dark, so that they stay distinct on a greyscale printer; each text colour reaches
 * WCAG AA contrast (4.5:1) on its background.
 */
public enum DifficultyChip {
  LOW(0xc8e6c9, 0x1b4d1f), // light green: prints light grey
  MEDIUM(0xf5a623, 0x1f1f1f), // amber: prints mid grey
  HIGH(0x9b1c1c, 0xffffff); // dark red: prints near black

  private final int background;
  private final int text;

  DifficultyChip(int background, int text) {
    this.background = background;
    this.text = text;
  }

  public static DifficultyChip of(Difficulty difficulty) {
    return valueOf(difficulty.name());
  }

  /** The background as {@code 0xRRGGBB}. */
  public int background() {
    return background;
  }

  /** The text colour as {@code 0xRRGGBB}. */
  public int text() {
    return text;
  }

  /** The background as a CSS colour, {@code #c8e6c9}. */
  public String backgroundCss() {
    return css(background);
  }

  /** The text colour as a CSS colour, {@code #1b4d1f}. */
  public String textCss() {
    return css(text);
  }

  private static String css(int rgb) {
    return String.format("#%06x", rgb);
  }
}
