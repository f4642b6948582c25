package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.ExportRun;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page breaks in the handout, read back with PDFBox page by page: a code block or a table that fits
 * on a page is all on one page, one taller than a page splits where it starts, and a question's
 * heading is on the page of its answer's start. Each bank holds a dozen questions of different
 * lengths, so that their blocks start all over the page and some of them at its foot.
 */
class PageFitTest {

  private static final int QUESTIONS = 12;

  @TempDir Path project;
  @TempDir Path output;

  /** A bank of one section whose questions' answers are made by {@code answer}. */
  private PageWords export(java.util.function.IntFunction<String> answer) throws Exception {
    BankFixture bank =
        BankFixture.empty(project)
            .with(
                "bank.yaml",
                "id: layout\ntitle: Layout\nsections:\n  - id: basics\n    title: Basics\n")
            .with("lessons.yaml", "lessons:\n  - id: \"01\"\n    title: First\n");
    for (int q = 1; q <= QUESTIONS; q++) {
      bank.with(
          String.format("questions/basics/%03d-q%d.md", q, q),
          BankFixture.question(
              "q" + q, "LOW", "[\"01\"]", "Question number " + q + "?", answer.apply(q)));
    }
    bank.write();
    ExportRun.export(project, output, List.of("pdf"));
    try (PdfReading pdf = new PdfReading(output.resolve("layout.pdf"))) {
      return PageWords.of(pdf.document, "Layout");
    }
  }

  /** Paragraphs of prose that push the next block down the page, a different amount each time. */
  private static String filler(int q) {
    return IntStream.range(0, q % 5)
        .mapToObj(
            p ->
                "Filler paragraph "
                    + p
                    + " of question "
                    + q
                    + " takes up two or three lines of the page, so that whatever comes after"
                    + " it starts a little lower than the block of the question before it did.\n\n")
        .collect(Collectors.joining());
  }

  /** A paragraph of this many words: moves what follows by a line at a time. */
  private static String words(int count) {
    return IntStream.range(0, count)
            .mapToObj(i -> i % 9 == 8 ? "word." : "word")
            .collect(Collectors.joining(" "))
        + "\n\n";
  }

  private static String code(int q, int lines) {
    return IntStream.rangeClosed(1, lines)
        .mapToObj(i -> String.format("code%d line%02d = compute(%d);", q, i, i))
        .collect(Collectors.joining("\n", "```java\n", "\n```\n"));
  }

  private static List<String> words(String text) {
    return PageWords.words(text);
  }

  @Test
  void aCodeBlockThatFitsOnAPageIsNeverSplit() throws Exception {
    PageWords pages = export(q -> "Answer " + q + " starts here.\n\n" + filler(q) + code(q, 24));

    for (int q = 1; q <= QUESTIONS; q++) {
      List<Integer> first = pages.pagesOf(words(String.format("code%d line01", q)));
      List<Integer> last = pages.pagesOf(words(String.format("code%d line24", q)));
      assertThat(first).as("first line of code block %d", q).hasSize(1);
      assertThat(last).as("last line of code block %d", q).isEqualTo(first);
    }
  }

  @Test
  void aTableThatFitsOnAPageIsNeverSplit() throws Exception {
    PageWords pages =
        export(
            q ->
                "Answer "
                    + q
                    + " starts here.\n\n"
                    + filler(q)
                    + "| Name | Short | What it means |\n|---|---|---|\n"
                    + IntStream.rangeClosed(1, 16)
                        .mapToObj(
                            r ->
                                String.format(
                                    "| table%d row%02d | yes | a sentence long enough to wrap in"
                                        + " its column, or nearly |",
                                    q, r))
                        .collect(Collectors.joining("\n"))
                    + "\n");

    for (int q = 1; q <= QUESTIONS; q++) {
      List<Integer> first = pages.pagesOf(words(String.format("table%d row01", q)));
      List<Integer> last = pages.pagesOf(words(String.format("table%d row16", q)));
      assertThat(first).as("first row of table %d", q).hasSize(1);
      assertThat(last).as("last row of table %d", q).isEqualTo(first);
    }
  }

  @Test
  void aCodeBlockTallerThanAPageSplitsWhereItStarts() throws Exception {
    PageWords pages = export(q -> "Answer " + q + " starts here.\n\n" + code(q, q == 1 ? 90 : 2));

    List<Integer> heading = pages.pagesOf(words("Question number 1"));
    List<Integer> first = pages.pagesOf(words("code1 line01"));
    List<Integer> last = pages.pagesOf(words("code1 line90"));
    assertThat(first).isEqualTo(heading);
    assertThat(last).hasSize(1);
    assertThat(last.get(0)).isGreaterThan(first.get(0));
  }

  @Test
  void aQuestionsHeadingIsOnThePageOfItsAnswersStart() throws Exception {
    // Odd answers open with prose, even ones with a code block that fits on a page.
    PageWords pages =
        export(
            q ->
                (q % 2 == 1 ? "Answer " + q + " starts here.\n\n" : code(q, 20) + "\n")
                    + filler(q + 2)
                    + code(q + 100, 14));

    for (int q = 1; q <= QUESTIONS; q++) {
      List<Integer> heading = pages.pagesOf(words("Question number " + q));
      assertThat(heading).as("heading of question %d", q).hasSize(1);
      if (q % 2 == 1) {
        assertThat(pages.pagesOf(words("Answer " + q + " starts here")))
            .as("start of answer %d", q)
            .isEqualTo(heading);
      } else {
        // The whole code block goes with the heading: it is not split, nor left behind alone.
        assertThat(pages.pagesOf(words("code" + q + " line01")))
            .as("first line of answer %d", q)
            .isEqualTo(heading);
        assertThat(pages.pagesOf(words("code" + q + " line20")))
            .as("last line of answer %d's code block", q)
            .isEqualTo(heading);
      }
    }
  }

  @Test
  void linkNotesAreOnThePageOfTheAnswersLastParagraph() throws Exception {
    PageWords pages =
        export(
            q ->
                "Answer "
                    + q
                    + " starts here.\n\n"
                    + filler(q + 3)
                    + words(q * 23 % 90)
                    + "The last paragraph of answer "
                    + q
                    + " links to [the manual](https://example.com/manual/"
                    + q
                    + ").");

    for (int q = 1; q <= QUESTIONS; q++) {
      List<Integer> paragraph = pages.pagesOf(words("The last paragraph of answer " + q));
      assertThat(paragraph).as("last paragraph of answer %d", q).hasSize(1);
      assertThat(pages.pagesOf(words("https example com manual " + q)))
          .as("note of answer %d", q)
          .isEqualTo(paragraph);
    }
  }

  @Test
  void aSentenceEndingWithAColonStaysWithTheBlockItIntroduces() throws Exception {
    PageWords pages =
        export(
            q ->
                "Answer "
                    + q
                    + " starts here.\n\n"
                    + filler(q)
                    // Authors often write the lead-in in bold: it still ends with a colon.
                    + (q % 2 == 0
                        ? "Block " + q + " looks like this:"
                        : "**Block " + q + " looks like this:**")
                    + "\n\n"
                    + code(q, 24));

    for (int q = 1; q <= QUESTIONS; q++) {
      List<Integer> code = pages.pagesOf(words(String.format("code%d line01", q)));
      assertThat(pages.pagesOf(words(String.format("code%d line24", q))))
          .as("code block %d", q)
          .isEqualTo(code);
      String before = pages.text(code.get(0));
      int at = before.indexOf(String.format("code%d line01", q));
      assertThat(before.substring(0, at))
          .as("page of code block %d", q)
          .contains("Block " + q + " looks like this:");
    }
  }
}
