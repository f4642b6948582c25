package io.github.questionbank.export.anki;

import io.github.questionbank.export.spi.DifficultyChip;
import io.github.questionbank.highlight.Palette;
import java.util.List;
import java.util.Locale;

/**
 * The CSS of the package's note type. The difficulty chips take the PDF's colours ({@link
 * DifficultyChip}); code blocks scroll sideways rather than wrap, since a wrapped line of code
 * reads as two; tables get borders and padding; and every colour has a night-mode variant, under
 * both class names Anki uses for it ({@code .nightMode} on the desktop, {@code .night_mode} on
 * AnkiDroid and in older versions).
 */
final class CardStyle {

  private static final String BASE =
      """
      .card {
        font-family: "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial,
          sans-serif;
        font-size: 19px;
        line-height: 1.55;
        text-align: left;
        color: #1f2328;
        background-color: #ffffff;
      }
      .qb { max-width: 42em; margin: 0 auto; padding: 0 0.2em; }
      .qb-head {
        display: flex; flex-wrap: wrap; align-items: center; gap: 0.6em;
        font-size: 0.78em; color: #57606a;
      }
      .qb-chip {
        display: inline-block; padding: 0.15em 0.75em; border-radius: 999px;
        font-size: 0.85em; font-weight: 700; letter-spacing: 0.06em;
      }
      .qb-section { font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; }
      .qb-lessons { margin-top: 0.4em; font-size: 0.75em; color: #57606a; }
      .qb-question { margin: 0.9em 0 0.5em; font-size: 1.2em; font-weight: 600; line-height: 1.35; }
      .qb-hint {
        margin-top: 1.4em; padding: 0.5em 0.8em; border-left: 3px solid #d0d7de;
        font-size: 0.8em; font-style: italic; color: #57606a;
      }
      .qb-back .qb-hint { display: none; }
      hr#answer { max-width: 42em; margin: 1.1em auto; border: 0; border-top: 1px solid #d0d7de; }
      .qb-answer p, .qb-answer ul, .qb-answer ol { margin: 0.6em 0; }
      .qb-answer ul, .qb-answer ol { padding-left: 1.4em; }
      .qb-answer li { margin: 0.25em 0; }
      .qb-answer code {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
        font-size: 0.86em; padding: 0.1em 0.35em; border-radius: 4px; background-color: #eff1f3;
      }
      .qb-answer pre {
        margin: 0.8em 0; padding: 0.8em 1em; overflow-x: auto;
        border: 1px solid #d8dee4; border-radius: 6px; background-color: #f6f8fa;
        line-height: 1.45; text-align: left;
      }
      .qb-answer pre code {
        display: block; padding: 0; background: none; font-size: 0.8em; white-space: pre;
      }
      .qb-answer table {
        display: block; max-width: 100%; overflow-x: auto; margin: 0.8em 0;
        border-collapse: collapse; font-size: 0.88em;
      }
      .qb-answer th, .qb-answer td {
        padding: 0.4em 0.75em; border: 1px solid #d0d7de; vertical-align: top; text-align: left;
      }
      .qb-answer th { background-color: #f6f8fa; font-weight: 600; }
      .qb-answer tr:nth-child(even) td { background-color: #fafbfc; }
      .qb-answer blockquote {
        margin: 0.8em 0; padding: 0 1em; border-left: 3px solid #d0d7de; color: #57606a;
      }
      .qb-answer img { max-width: 100%; height: auto; }
      .qb-answer a { color: #0969da; }
      .qb-id { margin-top: 1.6em; font-size: 0.7em; color: #8c959f; }
      """;

  private static final String NIGHT =
      """
      .card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
        color: #e6edf3; background-color: #1c2128;
      }
      .nightMode .qb-head, .night_mode .qb-head,
      .nightMode .qb-lessons, .night_mode .qb-lessons,
      .nightMode .qb-hint, .night_mode .qb-hint,
      .nightMode .qb-answer blockquote, .night_mode .qb-answer blockquote { color: #9da7b3; }
      .nightMode .qb-hint, .night_mode .qb-hint,
      .nightMode .qb-answer blockquote, .night_mode .qb-answer blockquote {
        border-left-color: #444c56;
      }
      .nightMode hr#answer, .night_mode hr#answer { border-top-color: #444c56; }
      .nightMode .qb-answer code, .night_mode .qb-answer code { background-color: #2d333b; }
      .nightMode .qb-answer pre, .night_mode .qb-answer pre {
        border-color: #444c56; background-color: #22272e;
      }
      .nightMode .qb-answer pre code, .night_mode .qb-answer pre code { background: none; }
      .nightMode .qb-answer th, .night_mode .qb-answer th,
      .nightMode .qb-answer td, .night_mode .qb-answer td { border-color: #444c56; }
      .nightMode .qb-answer th, .night_mode .qb-answer th { background-color: #2d333b; }
      .nightMode .qb-answer tr:nth-child(even) td, .night_mode .qb-answer tr:nth-child(even) td {
        background-color: #22272e;
      }
      .nightMode .qb-answer a, .night_mode .qb-answer a { color: #539bf5; }
      .nightMode .qb-id, .night_mode .qb-id { color: #768390; }
      """;

  private CardStyle() {}

  /** The whole style sheet: layout, one rule per difficulty chip, then night mode. */
  static String css() {
    StringBuilder css = new StringBuilder(BASE);
    for (DifficultyChip chip : DifficultyChip.values()) {
      css.append(
          String.format(
              Locale.ROOT,
              ".chip-%s { color: %s; background-color: %s; }\n",
              chip.name(),
              chip.textCss(),
              chip.backgroundCss()));
    }
    // The chips keep their day colours at night: they are the same chips as on paper, and each
    // pair already has its own contrast; a faint ring keeps the light one from glaring.
    css.append(".nightMode .qb-chip, .night_mode .qb-chip { box-shadow: 0 0 0 1px #00000055; }\n");
    css.append(NIGHT);
    // Highlighted code: a colour per token class, with night-mode colours under both class names.
    css.append(Palette.css(List.of(".nightMode", ".night_mode")));
    return css.toString();
  }
}
