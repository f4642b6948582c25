package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.pdf.BaseFont;
import io.github.questionbank.export.pdf.PdfFonts.Face;
import java.awt.Color;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fonts a PDF draws with, and which font draws which character. */
class PdfFontsTest {

  private final PdfFonts fonts = new PdfFonts();

  /**
   * Validation reads coverage from the fonts' cmap tables, without OpenPDF: it must be what OpenPDF
   * itself finds in them (a character it maps to a glyph other than the missing-glyph box).
   */
  @ParameterizedTest
  @EnumSource(Face.class)
  void coverageReadFromTheCmapIsWhatOpenPdfDraws(Face face) throws Exception {
    BaseFont font = fonts.base(face);
    // OpenPDF's TrueType classes are package-private: their glyph look-up is read by reflection.
    Method metrics = font.getClass().getMethod("getMetricsTT", int.class);
    metrics.setAccessible(true);
    int differences = 0;
    StringBuilder some = new StringBuilder();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      int[] glyph = (int[]) metrics.invoke(font, c);
      boolean openPdf = glyph != null && glyph[0] != 0;
      if (openPdf != face.typeface().covers(c)) {
        if (differences++ < 10) {
          some.append(String.format(" U+%04X(openpdf=%s)", c, openPdf));
        }
      }
    }
    assertThat(differences).as(face + ":" + some).isZero();
  }

  @Test
  void plainTextIsOneChunkInItsOwnFont() {
    List<Chunk> chunks = fonts.chunks("Plain text, – and → too", Face.SANS, 10f, Color.BLACK);

    assertThat(chunks).singleElement().satisfies(c -> assertThat(fontOf(c)).isEqualTo("SANS"));
  }

  @Test
  void emojiAndSymbolsAreRunsInTheFontsThatHaveThem() {
    List<Chunk> chunks =
        fonts.chunks("Done \u2705\uFE0F \u274C and \u2713 ok", Face.SANS_BOLD, 10f, Color.BLACK);

    assertThat(chunks)
        .extracting(c -> c.getContent() + "|" + fontOf(c))
        .containsExactly(
            "Done |SANS_BOLD",
            "\u2705|EMOJI", // its variation selector dropped
            " |SANS_BOLD",
            "\u274C|EMOJI",
            " and |SANS_BOLD",
            "\u2713|SYMBOLS",
            " ok|SANS_BOLD");
  }

  @Test
  void codeKeepsItsMonospaceFontAroundAnEmoji() {
    List<Chunk> chunks = fonts.chunks("save(); // \uD83D\uDCBE", Face.MONO, 9f, Color.BLACK);

    assertThat(chunks)
        .extracting(c -> c.getContent() + "|" + fontOf(c))
        .containsExactly("save(); // |MONO", "\uD83D\uDCBE|EMOJI");
  }

  @Test
  void aNonBreakingHyphenIsTheFontsOwnHyphen() {
    assertThat(fonts.chunks("non\u2011breaking", Face.SANS, 10f, Color.BLACK))
        .singleElement()
        .satisfies(c -> assertThat(c.getContent()).isEqualTo("non-breaking"));
  }

  private String fontOf(Chunk chunk) {
    for (Face face : Face.values()) {
      if (chunk.getFont().getBaseFont() == fonts.base(face)) {
        return face.name();
      }
    }
    return "?";
  }
}
