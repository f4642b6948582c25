package io.github.questionbank.glyph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which font draws a character: the chosen one, else emoji, symbols, then the other family. */
class TypefaceTest {

  @Test
  void everyFontFallsBackToEmojiThenSymbolsThenTheOtherFamily() {
    assertThat(Typeface.SANS_BOLD.fallbacks())
        .containsExactly(
            Typeface.SANS_BOLD, Typeface.EMOJI, Typeface.SYMBOLS, Typeface.SANS, Typeface.MONO);
    assertThat(Typeface.MONO.fallbacks())
        .containsExactly(Typeface.MONO, Typeface.EMOJI, Typeface.SYMBOLS, Typeface.SANS);
    assertThat(Typeface.EMOJI.fallbacks())
        .containsExactly(Typeface.EMOJI, Typeface.SYMBOLS, Typeface.SANS, Typeface.MONO);
  }

  @Test
  void eachCharacterIsDrawnByTheFirstFontThatHasIt() {
    assertThat(Typeface.SANS.drawing('a')).isEqualTo(Typeface.SANS);
    assertThat(Typeface.MONO.drawing(0x2192)).isEqualTo(Typeface.MONO); // an arrow Liberation has
    assertThat(Typeface.SANS_ITALIC.drawing(0x2705)).isEqualTo(Typeface.EMOJI);
    assertThat(Typeface.MONO.drawing(0x1F4BE)).isEqualTo(Typeface.EMOJI);
    assertThat(Typeface.SANS.drawing(0x2713)).isEqualTo(Typeface.SYMBOLS); // ✓ is no emoji
    assertThat(Typeface.SANS.drawing(0xE000)).isNull();
  }

  @Test
  void theFontsCoverWhatTheyAreEmbeddedFor() {
    assertThat(Typeface.SANS.covers('A')).isTrue();
    assertThat(Typeface.SANS.covers(0x2705)).isFalse();
    assertThat(Typeface.EMOJI.covers(0x2705)).isTrue();
    assertThat(Typeface.EMOJI.covers(0x1F60A)).isTrue(); // beyond the Basic Multilingual Plane
    assertThat(Typeface.SYMBOLS.covers(0x21D2)).isTrue();
  }
}
