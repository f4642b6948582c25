package io.github.questionbank.export.pdf;

import static io.github.questionbank.testing.BankFixture.WHAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.export.ExportResult;
import io.github.questionbank.export.ExportRun;
import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.testing.BankFixture;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page size and what answers carry (characters no font has, links, long code, images). */
class PdfOptionsTest {

  private static final String WHAT_FILE = BankFixture.BANK + WHAT;
  private static final String SMILE = "\uD83D\uDE42";
  private static final String NO_FONT = "\uE000"; // private use: no font draws it

  @TempDir Path project;
  @TempDir Path output;

  @Test
  void letterGivesLetterPagesAndA4GivesA4Pages() throws Exception {
    BankFixture.minimal(project).write();

    ExportRun.export(project, output, List.of(), List.of("pdf", "practice-pdf"), PageSize.LETTER);
    Path a4 = output.resolve("a4");
    ExportRun.export(project, a4, List.of(), List.of("pdf", "practice-pdf"), PageSize.A4);

    for (String file : List.of("mini-bank.pdf", "mini-bank-practice.pdf")) {
      assertThat(boxes(output.resolve(file)))
          .as(file)
          .isNotEmpty()
          .allSatisfy(
              box -> {
                assertThat(box.getWidth()).isCloseTo(612f, within(0.01f));
                assertThat(box.getHeight()).isCloseTo(792f, within(0.01f));
              });
      assertThat(boxes(a4.resolve(file)))
          .as(file)
          .isNotEmpty()
          .allSatisfy(
              box -> {
                assertThat(box.getWidth()).isCloseTo(595.28f, within(0.01f));
                assertThat(box.getHeight()).isCloseTo(841.89f, within(0.01f));
              });
    }
  }

  @Test
  void aCharacterNoFontHasIsOneValidationWarningAtItsColumnAndTheExportStillSucceeds()
      throws Exception {
    // The answer starts on line 7: the private-use character is on line 9, column 23.
    BankFixture.minimal(project)
        .withAnswer("It is a thing.\n\nIt makes people smile " + NO_FONT + " every day.")
        .write();

    ExportResult result = ExportRun.export(project, output, List.of("pdf", "practice-pdf"));

    assertThat(result.refused()).isFalse();
    assertThat(result.findings()).isEmpty(); // validation found it: the export does not again
    assertThat(result.validation().diagnostics())
        .extracting(Diagnostic::format)
        .containsExactly(
            WHAT_FILE
                + ":9:23: warning: character '"
                + NO_FONT
                + "' (U+E000) is in no embedded font and prints as a blank in the PDF: replace"
                + " it [missing-glyph]");
    assertThat(result.files())
        .extracting(f -> f.file())
        .containsExactly("mini-bank.pdf", "mini-bank-practice.pdf");
    try (PdfReading pdf = new PdfReading(output.resolve("mini-bank.pdf"))) {
      assertThat(pdf.text()).contains("It makes people smile", "every day.");
    }
  }

  @Test
  void anEmojiPrintsInTheEmojiFontWithoutAWarning() throws Exception {
    BankFixture.minimal(project)
        .withAnswer("It is a thing.\n\nIt makes people smile " + SMILE + " every day.")
        .write();

    ExportResult result = ExportRun.export(project, output, List.of("pdf"));

    assertThat(result.validation().diagnostics()).isEmpty();
    try (PdfReading pdf = new PdfReading(output.resolve("mini-bank.pdf"))) {
      assertThat(pdf.text()).contains("It makes people smile " + SMILE + " every day.");
      assertThat(pdf.fonts()).anyMatch(font -> font.getName().contains("NotoEmoji"));
    }
  }

  @Test
  void emojiAndSymbolsPrintInTextBoldCodeAndTables() throws Exception {
    BankFixture.minimal(project)
        .withAnswer(
            String.join(
                "\n",
                "**Done \u2705\uFE0F** and *not \u274C*; \u26A0\uFE0F careful, \u2713 checked.",
                "",
                "| Feature | State |",
                "|---|---|",
                "| Save \uD83D\uDCBE | \u23F3 later |",
                "",
                "A non\u2011breaking hyphen, `code \u2764\uFE0F`, and:",
                "",
                "```js",
                "const tip = '\uD83D\uDCA1'; // x \u21D2 y",
                "```"))
        .write();

    ExportResult result = ExportRun.export(project, output, List.of("pdf"));

    assertThat(result.validation().diagnostics()).isEmpty();
    try (PdfReading pdf = new PdfReading(output.resolve("mini-bank.pdf"))) {
      String text = pdf.text();
      assertThat(text)
          .contains(
              "Done \u2705 and not \u274C; \u26A0 careful, \u2713 checked.",
              "Save \uD83D\uDCBE",
              "\u23F3 later",
              "A non-breaking hyphen, code \u2764, and:",
              "const tip = '\uD83D\uDCA1'; // x \u21D2 y")
          .doesNotContain("\uFE0F", "\u2011");
      assertThat(pdf.fonts())
          .extracting(PDFont::getName)
          .anyMatch(name -> name.contains("NotoEmoji"))
          .anyMatch(name -> name.contains("DejaVuSans"))
          .allMatch(
              name ->
                  name.contains("Liberation")
                      || name.contains("NotoEmoji")
                      || name.contains("DejaVuSans"));
      assertThat(pdf.fonts()).allMatch(PDFont::isEmbedded);
    }
    // The fallback fonts' subset names are seeded too: the same bank gives the same bytes.
    Path again = output.resolve("again");
    ExportRun.export(project, again, List.of("pdf"));
    assertThat(again.resolve("mini-bank.pdf"))
        .hasSameBinaryContentAs(output.resolve("mini-bank.pdf"));
  }

  @Test
  void aCharacterNoFontHasInCodeIsReportedAtItsOwnLineAndColumn() throws Exception {
    // Line 7 "Like this:", 8 blank, 9 the fence, 10 and 11 code: "second " is 7 characters.
    BankFixture.minimal(project)
        .withAnswer("Like this:\n\n```text\nfirst line\nsecond " + NO_FONT + " line\n```")
        .write();

    ExportResult result = ExportRun.export(project, output, List.of("pdf"));

    assertThat(result.validation().diagnostics())
        .singleElement()
        .satisfies(w -> assertThat(w.position().toString()).isEqualTo(WHAT_FILE + ":11:8"));
  }

  @Test
  void aLinkIsAClickableUriAnnotationOverItsTextAndOverItsPrintedAddress() throws Exception {
    String url = "https://www.rfc-editor.org/rfc/rfc9110";
    BankFixture.minimal(project).withAnswer("Read the [RFC](" + url + ") for the details.").write();

    ExportRun.export(project, output, List.of("pdf"));

    try (PdfReading pdf = new PdfReading(output.resolve("mini-bank.pdf"))) {
      List<PDAnnotationLink> links = new ArrayList<>();
      int linkPage = 0;
      for (int page = 1; page <= pdf.pages(); page++) {
        for (PDAnnotation annotation : pdf.document.getPage(page - 1).getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI) {
            links.add(link);
            linkPage = page;
          }
        }
      }
      assertThat(links)
          .hasSize(2)
          .allSatisfy(link -> assertThat(((PDActionURI) link.getAction()).getURI()).isEqualTo(url));
      // The clickable areas lie over the word "RFC" as drawn, and over the address in its note.
      List<String> words = new ArrayList<>();
      for (PDAnnotationLink link : links) {
        PDRectangle area = link.getRectangle();
        words.add(
            PageDrawing.of(pdf.document, linkPage).glyphs.stream()
                .filter(g -> area.contains(g.x() + g.width() / 2, g.baseline() + 2f))
                .map(PageDrawing.Glyph::text)
                .collect(Collectors.joining()));
      }
      assertThat(words).containsExactly("RFC", url);
    }
  }

  @Test
  void aLongCodeLineWrapsOnThePageAndKeepsEveryCharacter() throws Exception {
    String line =
        IntStream.range(0, 60)
            .mapToObj(i -> String.format("w%03d,", i))
            .collect(Collectors.joining());
    assertThat(line).hasSize(300);
    BankFixture.minimal(project).withAnswer("Like this:\n\n```text\n" + line + "\n```").write();

    ExportRun.export(project, output, List.of("pdf", "practice-pdf"));

    for (String file : List.of("mini-bank.pdf", "mini-bank-practice.pdf")) {
      try (PdfReading pdf = new PdfReading(output.resolve(file))) {
        // Every character is there once the continuation marks of the wrapped lines are gone.
        assertThat(pdf.text().replace(CodeLineWrap.MARKER.strip(), "").replaceAll("\\s+", ""))
            .as(file)
            .contains(line);
        for (int page = 1; page <= pdf.pages(); page++) {
          PDRectangle media = pdf.document.getPage(page - 1).getMediaBox();
          PageDrawing drawing = PageDrawing.of(pdf.document, page);
          assertThat(drawing.glyphs)
              .as("%s page %d", file, page)
              .allSatisfy(
                  glyph -> {
                    assertThat(glyph.x()).as(glyph.text()).isGreaterThanOrEqualTo(0f);
                    assertThat(glyph.x() + glyph.width())
                        .as(glyph.text())
                        .isLessThanOrEqualTo(media.getWidth());
                  });
          // Code is drawn inside the text column, and its shading too.
          assertThat(drawing.glyphs.stream().filter(g -> g.font().contains("Mono")))
              .as("%s page %d", file, page)
              .allSatisfy(
                  glyph ->
                      assertThat(glyph.x() + glyph.width())
                          .isLessThanOrEqualTo(media.getWidth() - PdfStyle.MARGIN + 0.5f));
          assertThat(drawing.paths)
              .as("%s page %d", file, page)
              .allSatisfy(path -> assertThat(inside(path, media, 0f)).as("%s", path).isTrue());
        }
      }
    }
  }

  @Test
  void localImagesAreEmbeddedAndScaledIntoTheMargins() throws Exception {
    BankFixture.minimal(project)
        .withAnswer(
            "A wide one:\n\n![Flow](img/wide.png)\n\nAnd a tall one:\n\n![Stack](img/tall.png)")
        .with("questions/basics/img/wide.png", png(1600, 400))
        .with("questions/basics/img/tall.png", png(300, 3000))
        .write();

    ExportResult result = ExportRun.export(project, output, List.of("pdf"));

    assertThat(result.refused()).isFalse();
    try (PdfReading pdf = new PdfReading(output.resolve("mini-bank.pdf"))) {
      List<PageDrawing.DrawnImage> images = new ArrayList<>();
      for (int page = 1; page <= pdf.pages(); page++) {
        PDPage pdPage = pdf.document.getPage(page - 1);
        PDRectangle media = pdPage.getMediaBox();
        PDRectangle margins =
            new PDRectangle(
                PdfStyle.MARGIN,
                PdfStyle.MARGIN_BOTTOM,
                media.getWidth() - 2 * PdfStyle.MARGIN,
                media.getHeight() - PdfStyle.MARGIN - PdfStyle.MARGIN_BOTTOM);
        for (PageDrawing.DrawnImage image : PageDrawing.of(pdf.document, page).images) {
          images.add(image);
          assertThat(inside(image.box(), margins, 0.5f))
              .as("%s inside %s", image, margins)
              .isTrue();
          assertThat(image.box().getWidth() / image.box().getHeight())
              .as("aspect ratio of %s", image)
              .isCloseTo((double) image.pixelWidth() / image.pixelHeight(), within(0.01));
        }
      }
      assertThat(images)
          .extracting(i -> i.pixelWidth() + "x" + i.pixelHeight())
          .containsExactly("1600x400", "300x3000");
    }
  }

  private static List<PDRectangle> boxes(Path pdfFile) throws Exception {
    try (PdfReading pdf = new PdfReading(pdfFile)) {
      List<PDRectangle> boxes = new ArrayList<>();
      pdf.document.getPages().forEach(page -> boxes.add(page.getMediaBox()));
      return boxes;
    }
  }

  private static boolean inside(Rectangle2D box, PDRectangle area, float tolerance) {
    return box.getMinX() >= area.getLowerLeftX() - tolerance
        && box.getMinY() >= area.getLowerLeftY() - tolerance
        && box.getMaxX() <= area.getUpperRightX() + tolerance
        && box.getMaxY() <= area.getUpperRightY() + tolerance;
  }

  /** A PNG of the given size in pixels: a frame and a diagonal, so that it is not blank. */
  private static byte[] png(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, width, height);
    graphics.setColor(new Color(0x1f4e79));
    graphics.drawRect(0, 0, width - 1, height - 1);
    graphics.drawLine(0, 0, width - 1, height - 1);
    graphics.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }
}
