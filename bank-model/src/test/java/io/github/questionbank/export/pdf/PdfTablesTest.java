package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import io.github.questionbank.export.ExportRun;
import io.github.questionbank.export.pdf.PdfFonts.Face;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table columns sized by their content, in the fonts the handout draws them in. */
class PdfTablesTest {

  private static final float PADDING = 8.5f;
  private static final float WIDTH = 483f;

  private final PdfFonts fonts = new PdfFonts();
  private final Font sans = fonts.font(Face.SANS, 9.5f, PdfStyle.TEXT);
  private final Font mono = fonts.font(Face.MONO, 8.5f, PdfStyle.TEXT);

  @TempDir Path project;
  @TempDir Path output;

  private Phrase text(String text) {
    return new Phrase(new Chunk(text, sans));
  }

  /** A code span as MarkdownPdf draws it: its spaces are no-break spaces. */
  private Phrase code(String text) {
    return new Phrase(new Chunk(text.replace(' ', '\u00a0'), mono));
  }

  /** The width of a text as OpenPDF measures it when it breaks lines: character by character. */
  private float width(Font font, String text) {
    return (float)
        text.codePoints()
            .mapToDouble(c -> font.getBaseFont().getWidthPoint(c, font.getSize()))
            .sum();
  }

  @Test
  void aCodeSpanIsOneWordAndAHyphenIsWhereAWordMayBreak() {
    PdfTables.Extent span = PdfTables.extent(code("FOR UPDATE SKIP LOCKED"));
    PdfTables.Extent words = PdfTables.extent(text("FOR UPDATE SKIP LOCKED"));
    PdfTables.Extent hyphen = PdfTables.extent(text("verify-full"));

    assertThat(span.longestWord())
        .isCloseTo(width(mono, "FOR\u00a0UPDATE\u00a0SKIP\u00a0LOCKED"), within(0.1f));
    assertThat(words.longestWord()).isCloseTo(width(sans, "LOCKED"), within(0.1f));
    assertThat(words.widestLine()).isCloseTo(width(sans, "FOR UPDATE SKIP LOCKED"), within(0.1f));
    assertThat(hyphen.longestWord()).isCloseTo(width(sans, "verify-full"), within(0.1f));
    assertThat(hyphen.longestPiece()).isCloseTo(width(sans, "verify-"), within(0.1f));
  }

  @Test
  void aColumnOfShortWordsStaysNarrowBesideAColumnOfSentences() {
    String sentence =
        "job queues: each worker takes different rows, and nobody waits for a lock that another"
            + " worker holds while it runs its job";
    float[] widths =
        PdfTables.columnWidths(
            List.of(
                List.of(text("Clause"), text("Waits"), text("Typical use")),
                List.of(code("FOR UPDATE SKIP LOCKED"), text("no"), text(sentence)),
                List.of(code("FOR UPDATE"), text("yes"), text("one account's balance"))),
            3,
            WIDTH,
            PADDING);

    assertThat(widths[0] + widths[1] + widths[2]).isCloseTo(WIDTH, within(0.01f));
    // Each column holds its longest word, and the short ones get no more than they need.
    assertThat(widths[0]).isGreaterThan(width(mono, "FOR UPDATE SKIP LOCKED") + PADDING);
    assertThat(widths[0]).isLessThan(width(mono, "FOR UPDATE SKIP LOCKED") + PADDING + 3f);
    assertThat(widths[1]).isGreaterThan(width(sans, "Waits") + PADDING);
    assertThat(widths[1]).isLessThan(width(sans, "Waits") + PADDING + 3f);
    assertThat(widths[2]).isEqualTo(WIDTH - widths[0] - widths[1]);
  }

  @Test
  void columnsThatAllFitShareTheWidthByWhatTheyHold() {
    float[] widths =
        PdfTables.columnWidths(
            List.of(List.of(text("Method"), text("Safe")), List.of(text("GET"), text("yes"))),
            2,
            WIDTH,
            PADDING);

    float method = width(sans, "Method") + PADDING;
    float safe = width(sans, "Safe") + PADDING;
    assertThat(widths[0] / widths[1]).isCloseTo(method / safe, within(0.05f));
    assertThat(widths[0] + widths[1]).isCloseTo(WIDTH, within(0.01f));
  }

  @Test
  void wordsTooWideForTheTableShareItByTheirWidths() {
    float[] widths = PdfTables.distribute(new float[] {300f, 600f}, new float[] {300f, 900f}, 450f);

    assertThat(widths).containsExactly(150f, 300f);
  }

  @Test
  void inTheHandoutShortWordsInANarrowColumnAreNotBrokenMidWord() throws Exception {
    BankFixture.minimal(project)
        .withAnswer(
            "| Held | `FOR KEY SHARE` | `FOR SHARE` | `FOR NO KEY UPDATE` | `FOR UPDATE` |\n"
                + "|---|---|---|---|---|\n"
                + "| `FOR UPDATE SKIP LOCKED` | no | no | no | yes |\n"
                + "| `FOR NO KEY UPDATE` | no | yes | yes | yes |\n")
        .write();

    ExportRun.export(project, output, List.of("pdf"));

    try (PdfReading pdf = new PdfReading(output.resolve("mini-bank.pdf"))) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      // Lines as drawn: a word broken in its cell would be split over two of them.
      List<String> lines =
          stripper.getText(pdf.document).replace('\u00a0', ' ').lines().map(String::strip).toList();
      assertThat(lines)
          .anySatisfy(line -> assertThat(line).startsWith("FOR UPDATE SKIP LOCKED no no no yes"))
          .anySatisfy(line -> assertThat(line).startsWith("FOR NO KEY UPDATE no yes yes yes"))
          .anySatisfy(
              line ->
                  assertThat(line)
                      .startsWith("Held FOR KEY SHARE FOR SHARE FOR NO KEY UPDATE FOR UPDATE"));
    }
  }
}
