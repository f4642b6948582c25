package io.github.questionbank.export.spi;

import java.util.Locale;
import java.util.Optional;

/** The paper the PDF handouts are laid out for. */
public enum PageSize {
  A4(595.28f, 841.89f),
  LETTER(612f, 792f);

  private final float width;
  private final float height;

  PageSize(float width, float height) {
    this.width = width;
    this.height = height;
  }

  /** Width in PDF points (1/72 inch). */
  public float width() {
    return width;
  }

  /** Height in PDF points (1/72 inch). */
  public float height() {
    return height;
  }

  public static Optional<PageSize> parse(String name) {
    try {
      return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
