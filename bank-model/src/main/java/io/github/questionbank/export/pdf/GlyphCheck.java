package io.github.questionbank.export.pdf;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.model.Position;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * Reports characters that no embedded font can draw: they would print as blanks. One warning per
 * character and file, at the first place it occurs.
 */
final class GlyphCheck {

  private final Consumer<Diagnostic> warnings;
  private final Set<String> reported = new HashSet<>();

  GlyphCheck(Consumer<Diagnostic> warnings) {
    this.warnings = warnings;
  }

  /** A check that checks nothing: for a layout pass whose warnings would be dropped anyway. */
  static GlyphCheck off() {
    return new GlyphCheck(null);
  }

  void check(CharSequence text, IntPredicate covered, Position at) {
    if (warnings == null) {
      return;
    }
    text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
        .filter(cp -> cp != 0xA0 && !covered.test(cp))
        .forEach(
            cp -> {
              if (reported.add(at.path() + ":" + cp)) {
                warnings.accept(
                    Diagnostic.of(
                        Rule.MISSING_GLYPH,
                        at,
                        String.format(
                            Locale.ROOT,
                            "character '%s' (U+%04X) is in no embedded font and prints as a"
                                + " blank in the PDF: replace it",
                            new String(Character.toChars(cp)),
                            cp)));
              }
            });
  }
}
