package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.ExportResult;
import io.github.questionbank.export.ExportRun;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contents and cover are laid out after the body and moved in front of it (see {@link PdfBook}):
 * with a front of several pages, every page number they print, and every footer, must still be
 * right.
 */
class LongFrontPdfTest {

  @TempDir static Path project;
  @TempDir static Path output;
  static PdfReading handout;
  static PdfReading practice;

  @BeforeAll
  static void export() throws Exception {
    // About 400 lines of "how to use" text: three pages of front before the contents.
    String paragraphs =
        IntStream.rangeClosed(1, 60)
            .mapToObj(
                i ->
                    "    Step "
                        + i
                        + ": read the question, say the answer out loud, then open the model answer"
                        + " and compare it with what you said, line by line, before going on.")
            .collect(Collectors.joining("\n\n"));
    String description =
        IntStream.rangeClosed(1, 120)
            .mapToObj(i -> "Sentence " + i + " of a long description of this bank.")
            .collect(Collectors.joining(" "));
    BankFixture.minimal(project)
        .with(
            "bank.yaml",
            BankFixture.BANK_YAML
                + "description: \""
                + description
                + "\"\ninstructions: |\n"
                + paragraphs
                + "\n")
        .write();
    ExportResult result = ExportRun.export(project, output, List.of("pdf", "practice-pdf"));
    assertThat(result.files()).hasSize(2);
    handout = new PdfReading(output.resolve("mini-bank.pdf"));
    practice = new PdfReading(output.resolve("mini-bank-practice.pdf"));
  }

  @Test
  void contentsAfterSeveralPagesOfInstructionsPointAtTheRightPages() throws Exception {
    int contentsPage =
        IntStream.rangeClosed(2, handout.pages())
            .filter(page -> pageText(handout, page).contains("Contents"))
            .findFirst()
            .orElseThrow();
    assertThat(contentsPage).as("the front is more than one page").isGreaterThan(2);
    String contents = pageText(handout, contentsPage);
    for (String section : List.of("1. Basics", "2. Advanced")) {
      Matcher entry =
          Pattern.compile(Pattern.quote(section) + " \\d+ questions?[ .]*(\\d+)").matcher(contents);
      assertThat(entry.find()).as("contents entry of %s", section).isTrue();
      int page = Integer.parseInt(entry.group(1));
      assertThat(pageText(handout, page)).startsWith(section);
    }
    assertThat(pageText(handout, 2)).as("the cover runs onto page 2").contains("Sentence 120");
    assertThat(pageText(handout, 3)).startsWith("How to use this bank");
    assertThat(handout.pagesWithoutFooter()).isEmpty();
  }

  @Test
  void coverOfSeveralPagesNamesTheAnswerKeysPage() throws Exception {
    String cover = pageText(practice, 1) + " " + pageText(practice, 2);
    Matcher key = Pattern.compile("answer key \\(page (\\d+)\\)").matcher(cover);
    assertThat(key.find()).as("the cover names the answer key's page: %s", cover).isTrue();
    assertThat(pageText(practice, Integer.parseInt(key.group(1)))).startsWith("Answer key");
    assertThat(pageText(practice, 2)).as("the cover runs onto page 2").contains("Sentence 120");
    assertThat(practice.pagesWithoutFooter()).isEmpty();
  }

  private static String pageText(PdfReading pdf, int page) {
    try {
      return pdf.page(page);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
