package io.github.questionbank.glyph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What becomes of a character on its way to print: dropped, stood in for, drawn or not. */
class GlyphsTest {

  @ParameterizedTest
  @ValueSource(ints = {0xFE0F, 0xFE00, 0xE0100, 0x200D, 0x200B, 0x2060, 0xFEFF, 0x200E, 0xE0067})
  void shapingAndLayoutCharactersAreInvisible(int codePoint) {
    assertThat(Glyphs.invisible(codePoint)).isTrue();
    assertThat(Glyphs.printable(codePoint)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {'a', '-', 0x2705, 0x1F4BE, 0x2011, 0x1F3FB, 0xE9})
  void visibleCharactersAreNotInvisible(int codePoint) {
    assertThat(Glyphs.invisible(codePoint)).isFalse();
  }

  @Test
  void anEmojiLosesItsVariationSelectorAndAFamilyItsJoiners() {
    assertThat(Glyphs.forPrinting("\u26A0\uFE0F careful", Typeface.SANS))
        .isEqualTo("\u26A0 careful");
    String family = "\uD83D\uDC69\u200D\uD83D\uDC67";
    assertThat(Glyphs.forPrinting(family, Typeface.SANS)).isEqualTo("\uD83D\uDC69\uD83D\uDC67");
  }

  @Test
  void aNonBreakingHyphenPrintsAsTheTextFontsHyphen() {
    assertThat(Typeface.SANS.covers(0x2011)).isFalse();
    assertThat(Typeface.MONO.covers(0x2011)).isFalse();
    assertThat(Glyphs.standIn(0x2011)).isEqualTo('-');
    assertThat(Glyphs.printable(0x2011)).isTrue();
    assertThat(Glyphs.forPrinting("non\u2011breaking", Typeface.SANS)).isEqualTo("non-breaking");
    assertThat(Glyphs.forPrinting("non\u2011breaking", Typeface.MONO)).isEqualTo("non-breaking");
  }

  @Test
  void aCharacterAFontHasKeepsItsOwnShapeEvenWithAStandIn() {
    assertThat(Typeface.SANS.covers(0x2212)).isTrue(); // the minus sign
    assertThat(Glyphs.forPrinting("5 \u2212 3", Typeface.SANS)).isEqualTo("5 \u2212 3");
  }

  @Test
  void plainTextIsHandedBackAsItIs() {
    String text = "const x = 1; // ASCII only";
    assertThat(Glyphs.forPrinting(text, Typeface.MONO)).isSameAs(text);
    String accented = "café – naïve";
    assertThat(Glyphs.forPrinting(accented, Typeface.SANS)).isSameAs(accented);
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x2705, 0x274C, 0x26A0, 0x23F3, 0x2764, 0x2757, 0x2713, 0x1F4BE, 0x1F60A, 0x1F4A1, 0x2192,
        0x2264, 0x2265, 0x2260, 0xD7, 0x21D2, 0x2208, 0x2200, 0x2605, 0x2717, 0xA0, 0x202F
      })
  void emojiArrowsChecksAndMathSymbolsPrint(int codePoint) {
    assertThat(Glyphs.printable(codePoint)).as("U+%04X", codePoint).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0xE000, 0x4E00, 0x10FFFD, 0x1D11E})
  void privateUseAndScriptsNoFontHasDoNotPrint(int codePoint) {
    assertThat(Glyphs.printable(codePoint)).as("U+%04X", codePoint).isFalse();
  }
}
