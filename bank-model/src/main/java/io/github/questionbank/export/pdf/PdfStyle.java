package io.github.questionbank.export.pdf;

import io.github.questionbank.export.spi.DifficultyChip;
import io.github.questionbank.model.Difficulty;
import java.awt.Color;

/** Sizes and colours of the handouts, in one place. */
final class PdfStyle {

  static final float MARGIN = 56f;
  static final float MARGIN_BOTTOM = 64f;

  static final float BODY = 10.5f;
  static final float SMALL = 8.5f;
  static final float CODE = 9f;
  static final float QUESTION = 11.5f;
  static final float SECTION = 20f;
  static final float TITLE = 30f;

  static final Color TEXT = new Color(0x21, 0x21, 0x21);
  static final Color MUTED = new Color(0x5f, 0x63, 0x68);
  static final Color LINK = new Color(0x15, 0x57, 0xb0);
  static final Color ACCENT = new Color(0x1a, 0x3a, 0x5c);
  static final Color CODE_BACKGROUND = new Color(0xf1, 0xf3, 0xf4);
  static final Color RULE = new Color(0xc8, 0xcc, 0xd0);
  static final Color WRITING_LINE = new Color(0xb0, 0xb4, 0xb8);

  private PdfStyle() {}

  /** The chip of a difficulty: the colours every format shares. */
  static Color chipBackground(Difficulty difficulty) {
    return new Color(DifficultyChip.of(difficulty).background());
  }

  static Color chipText(Difficulty difficulty) {
    return new Color(DifficultyChip.of(difficulty).text());
  }
}
