package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.ExportResult;
import io.github.questionbank.export.ExportRun;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.testing.RealBankContent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bank's practice PDF, read back with PDFBox in reading order: the questions numbered
 * across the pack without their answers, then the answer key under the same numbers. Its expected
 * counts and titles are read from the bank's files ({@link RealBankContent}).
 */
class PracticePdfTest {

  private static final RealBankContent CONTENT = RealBankContent.real();

  private static final Pattern LABEL = Pattern.compile("\\bQ(\\d+) (LOW|MEDIUM|HIGH)\\b");

  @TempDir static Path output;
  static Bank bank;
  static List<Question> questions;
  static PdfReading pdf;
  static PageWords words;
  static int keyPage;

  @BeforeAll
  static void export() throws Exception {
    ExportResult result = ExportRun.export(ExportRun.REAL_PROJECT, output, List.of("practice-pdf"));
    assertThat(result.refused()).isFalse();
    assertThat(result.findings()).isEmpty();
    bank = result.validation().bank().orElseThrow();
    questions = bank.questions().toList();
    pdf = new PdfReading(output.resolve("api-interview-questions-practice.pdf"));
    words = PageWords.of(pdf.document, "API Interview Question Bank (practice)");
    keyPage = 0;
    for (int page = 1; page <= pdf.pages(); page++) {
      if (words.text(page).startsWith("Answer key")) {
        keyPage = page;
        break;
      }
    }
  }

  @AfterAll
  static void close() throws Exception {
    pdf.close();
  }

  @Test
  void theBankHasTheQuestionsThisTestExpects() {
    assertThat(questions)
        .extracting(Question::id)
        .containsExactlyElementsOf(
            CONTENT.questions().stream().map(RealBankContent.QuestionFile::id).toList());
    assertThat(bank.sections())
        .extracting(Section::id)
        .containsExactlyElementsOf(
            CONTENT.sections().stream().map(RealBankContent.Section::id).toList());
    assertThat(keyPage).as("page that starts with the answer key").isBetween(20, pdf.pages() - 5);
  }

  @Test
  void questionPartNumbersEveryQuestionAcrossThePackInBankOrder() {
    String part = words.text(2, keyPage - 1);
    List<Segment> segments = segments(part);

    assertThat(segments)
        .extracting(Segment::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, CONTENT.count()).boxed().toList());
    for (Segment segment : segments) {
      Question question = questions.get(segment.number() - 1);
      assertThat(segment.difficulty())
          .as("Q%d", segment.number())
          .isEqualTo(question.difficulty().name());
      assertThat(PageWords.join(PageWords.words(segment.text())))
          .as("Q%d is %s", segment.number(), question.file())
          .startsWith(header(question));
    }
    // Numbering runs across sections: the first question of section 2 follows the last of
    // section 1 (Q15 in the seed bank), it is not Q1.
    RealBankContent.Section second = CONTENT.sections().get(1);
    int firstOfSecond = CONTENT.sections().get(0).questions().size() + 1;
    assertThat(firstOfSecond).isGreaterThan(1);
    assertThat(part)
        .contains(
            "2. "
                + second.title()
                + " "
                + second.questions().size()
                + " questions Q"
                + firstOfSecond
                + " ");
  }

  @Test
  void noModelAnswerTextAppearsBeforeTheAnswerKey() {
    for (Question question : questions) {
      for (List<String> passage : PageWords.distinctivePassages(question.answer())) {
        List<Integer> pages = words.pagesOf(passage);
        assertThat(pages)
            .as("pages holding \"%s\" (%s)", PageWords.join(passage), question.file())
            .isNotEmpty()
            .allSatisfy(page -> assertThat(page).isGreaterThanOrEqualTo(keyPage));
      }
    }
  }

  @Test
  void distinctiveAnswerSentencesAreOnlyInTheAnswerKey() {
    List<String> sentences =
        List.of(
            "The client generates a random code_verifier, hashes it to a code_challenge",
            "Roy Fielding's dissertation names",
            "Statelessness means the server retains no per-client session state between requests",
            "Backward compatibility is a policy, not a technique",
            "Sign the payload with HMAC-SHA256 using a per-subscriber secret");
    for (String sentence : sentences) {
      List<Integer> pages = words.pagesOf(PageWords.words(sentence));
      assertThat(pages).as(sentence).isNotEmpty().allMatch(page -> page >= keyPage);
    }
  }

  @Test
  void answerKeyHoldsEveryAnswerUnderTheQuestionsNumber() {
    List<Segment> segments = segments(words.text(keyPage, pdf.pages()));

    assertThat(segments)
        .extracting(Segment::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, CONTENT.count()).boxed().toList());
    for (Segment segment : segments) {
      Question question = questions.get(segment.number() - 1);
      String text = PageWords.join(PageWords.words(segment.text()));
      assertThat(text)
          .as("Q%d in the key is followed by %s's question", segment.number(), question.file())
          .startsWith(header(question));
      for (List<String> passage : PageWords.distinctivePassages(question.answer())) {
        assertThat(text)
            .as("Q%d in the key holds the answer of %s", segment.number(), question.file())
            .contains(PageWords.join(passage));
      }
    }
  }

  @Test
  void bookmarksHoldTheSectionsThenTheAnswerKey() throws Exception {
    List<PDOutlineItem> top = pdf.bookmarks();

    List<String> titles = new ArrayList<>();
    for (RealBankContent.Section section : CONTENT.sections()) {
      titles.add(titles.size() + 1 + ". " + section.title());
    }
    titles.add("Answer key");
    int sections = CONTENT.sections().size();
    assertThat(top).extracting(PDOutlineItem::getTitle).containsExactlyElementsOf(titles);
    for (int i = 0; i < sections; i++) {
      int page = pageOf(top.get(i));
      // Sections follow each other: a section's heading may be anywhere on its page.
      assertThat(words.text(page)).contains(top.get(i).getTitle());
      assertThat(page).isLessThan(keyPage);
    }
    PDOutlineItem key = top.get(sections);
    assertThat(pageOf(key)).isEqualTo(keyPage);
    assertThat(PdfReading.children(key))
        .extracting(PDOutlineItem::getTitle)
        .containsExactlyElementsOf(
            CONTENT.sections().stream().map(RealBankContent.Section::title).toList());
    for (PDOutlineItem section : PdfReading.children(key)) {
      assertThat(pageOf(section)).isGreaterThanOrEqualTo(keyPage);
      assertThat(words.text(pageOf(section))).contains(section.getTitle());
    }
  }

  @Test
  void everyPageButTheCoverSaysPageXOfY() throws Exception {
    assertThat(pdf.pagesWithoutFooter()).isEmpty();
  }

  @Test
  void everyFontIsEmbedded() throws Exception {
    List<PDFont> fonts = pdf.fonts();

    assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
  }

  @Test
  void coverNamesThePageOfTheAnswerKey() throws Exception {
    Matcher line =
        Pattern.compile(
                "Answer each question in the space below it before you look at the answer"
                    + " key \\(page (\\d+)\\)\\. The numbers match\\.")
            .matcher(pdf.page(1));

    assertThat(line.find()).as("cover line in: %s", pdf.page(1)).isTrue();
    int named = Integer.parseInt(line.group(1));
    assertThat(named).isEqualTo(keyPage);
    assertThat(pdf.page(named)).startsWith("Answer key");
    assertThat(pdf.page(named - 1)).doesNotContain("Answer key");
  }

  /** The words after a question's number and chip: its lessons, its tags, then the question. */
  private static String header(Question question) {
    List<String> expected = new ArrayList<>();
    expected.add(question.lessons().size() == 1 ? "Lesson" : "Lessons");
    expected.addAll(question.lessons());
    question.tags().forEach(tag -> expected.addAll(PageWords.words(tag)));
    expected.addAll(PageWords.words(PageWords.plain(question.question())));
    return PageWords.join(expected);
  }

  private static int pageOf(PDOutlineItem item) throws Exception {
    return pdf.document.getPages().indexOf(item.findDestinationPage(pdf.document)) + 1;
  }

  /** A question's label ("Q12 LOW") and the text after it, up to the next label. */
  record Segment(int number, String difficulty, String text) {}

  private static List<Segment> segments(String text) {
    List<Segment> segments = new ArrayList<>();
    Matcher label = LABEL.matcher(text);
    List<int[]> at = new ArrayList<>();
    while (label.find()) {
      at.add(new int[] {label.start(), label.end()});
    }
    for (int i = 0; i < at.size(); i++) {
      Matcher one = LABEL.matcher(text.substring(at.get(i)[0], at.get(i)[1]));
      one.matches();
      int end = i + 1 < at.size() ? at.get(i + 1)[0] : text.length();
      segments.add(
          new Segment(
              Integer.parseInt(one.group(1)), one.group(2), text.substring(at.get(i)[1], end)));
    }
    return segments;
  }
}
