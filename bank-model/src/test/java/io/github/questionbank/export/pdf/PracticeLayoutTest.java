package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.ExportResult;
import io.github.questionbank.export.ExportRun;
import io.github.questionbank.export.spi.PracticeLines;
import io.github.questionbank.testing.BankFixture;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice PDF's paper: questions and sections follow each other on a page as long as they fit,
 * and {@link PracticeLines} sets the writing space. A bank of twelve questions in three sections
 * with long model answers (which {@code auto} gives the most room), read back with PDFBox.
 */
class PracticeLayoutTest {

  private static final String TITLE = "Practice Bank (practice)";

  @TempDir static Path project;
  @TempDir static Path output;

  @BeforeAll
  static void writeBank() {
    BankFixture bank =
        BankFixture.empty(project)
            .with(
                "bank.yaml",
                "id: practice\ntitle: Practice Bank\nsections:\n"
                    + "  - id: one\n    title: Section one\n"
                    + "  - id: two\n    title: Section two\n"
                    + "  - id: three\n    title: Section three\n")
            .with("lessons.yaml", "lessons:\n  - id: \"01\"\n    title: First\n");
    String answer =
        IntStream.range(0, 30)
            .mapToObj(i -> "Sentence " + i + " of a long model answer, eight words.")
            .collect(Collectors.joining(" "));
    int q = 0;
    for (String section : List.of("one", "two", "three")) {
      for (int i = 1; i <= 4; i++) {
        q++;
        bank.with(
            "questions/" + section + "/0" + i + "0-q" + q + ".md",
            BankFixture.question(
                "q" + q, "LOW", "[\"01\"]", "Practice question " + q + "?", answer));
      }
    }
    bank.write();
  }

  private static PdfReading export(String folder, PracticeLines lines) throws Exception {
    ExportResult result =
        ExportRun.export(project, output.resolve(folder), List.of("practice-pdf"), lines);
    assertThat(result.refused()).isFalse();
    return new PdfReading(output.resolve(folder).resolve("practice-practice.pdf"));
  }

  /** The pages before the answer key's, the cover included. */
  private static int pagesBeforeTheKey(PageWords words, int pages) {
    for (int page = 1; page <= pages; page++) {
      if (words.text(page).startsWith("Answer key")) {
        return page - 1;
      }
    }
    throw new AssertionError("no answer key");
  }

  /** The ruled lines drawn on a page (the column's width, no height), the footer's left out. */
  private static long writingLines(PdfReading pdf, int page) throws Exception {
    float column = (float) pdf.document.getPage(page - 1).getMediaBox().getWidth() - 2 * 56f;
    return PageDrawing.of(pdf.document, page).paths.stream()
        .filter(p -> p.getHeight() < 1 && Math.abs(p.getWidth() - column) < 1)
        .filter(p -> p.getMinY() > PdfStyle.MARGIN_BOTTOM) // the footer's rule is below
        .map(Rectangle2D::getMinY)
        .distinct()
        .count();
  }

  @Test
  void fourLinesAQuestionTakeFewerPagesThanLinesSizedByTheAnswers() throws Exception {
    try (PdfReading auto = export("auto", PracticeLines.AUTO);
        PdfReading four = export("four", PracticeLines.fixed(4))) {
      PageWords autoWords = PageWords.of(auto.document, TITLE);
      PageWords fourWords = PageWords.of(four.document, TITLE);
      int autoPages = pagesBeforeTheKey(autoWords, auto.pages());
      int fourPages = pagesBeforeTheKey(fourWords, four.pages());

      // Auto gives these long answers all the lines it can and still puts two on a page (13 on
      // A4): six pages after the cover, where 16 lines a question took twelve.
      assertThat(autoPages).isEqualTo(1 + 6);
      // Four lines: a section of four questions a page.
      assertThat(fourPages).isEqualTo(1 + 3);
      assertThat(four.pages()).isEqualTo(auto.pages() - 3);

      // Every question still has its lines: 12 x 4 on the question pages, 12 x 13 with auto.
      long fourLines = 0;
      for (int page = 2; page <= fourPages; page++) {
        fourLines += writingLines(four, page);
      }
      long autoLines = 0;
      for (int page = 2; page <= autoPages; page++) {
        autoLines += writingLines(auto, page);
      }
      assertThat(fourLines).isEqualTo(12 * 4);
      assertThat(autoLines).isEqualTo(12 * 13);
    }
  }

  @Test
  void autoGivesAtMostTheLinesThatLetTwoQuestionsShareAPage() {
    float a4 = 841.89f - PdfStyle.MARGIN - PdfStyle.MARGIN_BOTTOM;
    float letter = 792f - PdfStyle.MARGIN - PdfStyle.MARGIN_BOTTOM;

    assertThat(PracticePdfExporter.mostAutoLines(a4)).isEqualTo(13);
    assertThat(PracticePdfExporter.mostAutoLines(letter)).isEqualTo(12);
  }

  @Test
  void aSectionStartsOnThePageWhereTheLastOneEndedWhenItFits() throws Exception {
    try (PdfReading two = export("flow", PracticeLines.fixed(2))) {
      PageWords words = PageWords.of(two.document, TITLE);
      // Questions 4 and 5 are the last of section one and the first of section two.
      // The key holds the questions too: only their first page counts.
      int endOfOne = words.pagesOf(PageWords.words("Practice question 4")).get(0);
      int section = words.pagesOf(PageWords.words("2 Section two")).get(0);
      int startOfTwo = words.pagesOf(PageWords.words("Practice question 5")).get(0);
      assertThat(section).isEqualTo(endOfOne).isEqualTo(startOfTwo).isEqualTo(2);
    }
  }
}
