package io.github.questionbank.export.html;

import io.github.questionbank.export.spi.DifficultyChip;
import io.github.questionbank.highlight.Palette;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The page's style sheet and script, kept as resource files beside this class so that they can be
 * read and edited as CSS and JavaScript. Line endings are normalised so that a checkout with CRLF
 * still writes the same bytes (and the same CSP hashes).
 */
final class StudyPageAssets {

  private static final String CSS =
      read("study.css")
          + chips()
          // Highlighted code; the dark colours on screen only, since paper is white in any scheme.
          + Palette.css("@media screen and (prefers-color-scheme: dark)");
  private static final String SCRIPT = read("study.js");

  private StudyPageAssets() {}

  /** The page's whole style: the style sheet, the difficulty chips' colours, code colours. */
  static String css() {
    return CSS;
  }

  static String script() {
    return SCRIPT;
  }

  /**
   * One rule per difficulty, from {@link DifficultyChip}, so that the page's chips are the PDF's.
   * The chips bring their own background, so the same pair reads in the dark scheme too.
   */
  static String chips() {
    StringBuilder css = new StringBuilder();
    for (DifficultyChip chip : DifficultyChip.values()) {
      css.append(".chip-")
          .append(chip.name().toLowerCase(Locale.ROOT))
          .append(" { background: ")
          .append(chip.backgroundCss())
          .append("; color: ")
          .append(chip.textCss())
          .append("; }\n");
    }
    return css.toString();
  }

  private static String read(String name) {
    try (InputStream in = StudyPageAssets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside StudyPageAssets");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
