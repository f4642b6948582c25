package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.ExportResult;
import io.github.questionbank.export.ExportRun;
import io.github.questionbank.markdown.Markdown;
import io.github.questionbank.markdown.PlainText;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.testing.RealBankContent;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bank's handout, read back with PDFBox. Its expected counts and titles are read from the
 * bank's files ({@link RealBankContent}).
 */
class HandoutPdfTest {

  static final RealBankContent CONTENT = RealBankContent.real();

  @TempDir static Path output;
  static Bank bank;
  static PdfReading pdf;

  @BeforeAll
  static void export() throws Exception {
    ExportResult result = ExportRun.export(ExportRun.REAL_PROJECT, output, List.of("pdf"));
    bank = result.validation().bank().orElseThrow();
    assertThat(result.findings()).isEmpty();
    pdf = new PdfReading(output.resolve("api-interview-questions.pdf"));
  }

  @Test
  void holdsEveryQuestionAndEveryAnswer() throws Exception {
    // Line wrapping splits long code tokens, so questions are compared without whitespace.
    String text = squeeze(pdf.text());
    List<String> words = words(pdf.text());
    for (Question question : bank.questions().toList()) {
      assertThat(text).contains(squeeze(plain(question.question())));
      // An answer that runs across a page break has the page's furniture (footer, the next
      // questions' headers) between its halves: its words must all be there, in order.
      // Code blocks are drawn as shaded tables, which PDF text extraction reads after the page's
      // paragraphs: they are checked on their own.
      var answer = Markdown.parse(question.answer());
      for (var node : answer.getDescendants()) {
        if (node instanceof com.vladsch.flexmark.ast.FencedCodeBlock code) {
          assertThat(text).contains(squeeze(code.getContentChars().toString()));
        } else if (node instanceof com.vladsch.flexmark.ast.Code code) {
          assertThat(text).contains(squeeze(code.getText().toString()));
        }
      }
      List<com.vladsch.flexmark.util.ast.Node> blocks = new java.util.ArrayList<>();
      answer.getDescendants().forEach(blocks::add);
      // Long code spans wrap inside a token; they were checked above, whitespace aside.
      blocks.stream()
          .filter(
              n ->
                  n instanceof com.vladsch.flexmark.ast.FencedCodeBlock
                      || n instanceof com.vladsch.flexmark.ast.Code)
          .forEach(com.vladsch.flexmark.util.ast.Node::unlink);
      String prose =
          PdfReading.normalize(PlainText.of(answer).replaceAll("(?m)^(\\s*)- ", "$1\u2022 "));
      assertThat(inOrder(words(prose), words)).as(question.file()).isTrue();
    }
  }

  static List<String> words(String text) {
    return java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  /**
   * Whether {@code wanted} occurs in {@code words} in order, with at most 150 others between any
   * two.
   */
  static boolean inOrder(List<String> wanted, List<String> words) {
    for (int start = 0; start < words.size(); start++) {
      if (!words.get(start).equals(wanted.get(0))) {
        continue;
      }
      int at = start;
      int found = 1;
      int skipped = 0;
      while (found < wanted.size() && ++at < words.size() && skipped <= 150) {
        if (words.get(at).equals(wanted.get(found))) {
          found++;
          skipped = 0;
        } else {
          skipped++;
        }
      }
      if (found == wanted.size()) {
        return true;
      }
    }
    return false;
  }

  @Test
  void coverCountsQuestionsByDifficulty() throws Exception {
    String cover = pdf.page(1);
    assertThat(cover)
        .contains(
            "API Interview Question Bank",
            "INTERVIEW PREP · LESSON 01",
            CONTENT.countsLine(),
            "LOW " + CONTENT.count("LOW"),
            "MEDIUM " + CONTENT.count("MEDIUM"),
            "HIGH " + CONTENT.count("HIGH"),
            "Prerequisites",
            "Lesson 07");
  }

  @Test
  void contentsPointAtTheRightPages() throws Exception {
    String contents = pdf.page(2);
    assertThat(contents).contains("How to use this bank", "Work section by section", "Contents");
    int number = 0;
    for (Section section : bank.sections()) {
      number++;
      Matcher entry =
          Pattern.compile(
                  Pattern.quote(number + ". " + section.title()) + " \\d+ questions?[ .]*(\\d+)")
              .matcher(contents);
      assertThat(entry.find()).as("contents entry of %s", section.title()).isTrue();
      int page = Integer.parseInt(entry.group(1));
      assertThat(pdf.page(page)).startsWith(number + ". " + section.title());
    }
  }

  @Test
  void bookmarksHoldSectionsAndTheirQuestions() {
    List<PDOutlineItem> sections = pdf.bookmarks();
    List<RealBankContent.Section> expected = CONTENT.sections();
    assertThat(sections)
        .extracting(PDOutlineItem::getTitle)
        .containsExactlyElementsOf(
            IntStream.range(0, expected.size())
                .mapToObj(i -> (i + 1) + ". " + expected.get(i).title())
                .toList());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(PdfReading.children(sections.get(i)))
          .as("bookmarks of %s", expected.get(i).title())
          .hasSize(expected.get(i).questions().size());
    }
    int questions = sections.stream().mapToInt(s -> PdfReading.children(s).size()).sum();
    assertThat(questions).isEqualTo(CONTENT.count());
    // Numbered across the bank, in its order; a long question is cut short with an ellipsis.
    List<String> titles =
        sections.stream()
            .flatMap(s -> PdfReading.children(s).stream())
            .map(PDOutlineItem::getTitle)
            .toList();
    List<RealBankContent.QuestionFile> all = CONTENT.questions();
    for (int i = 0; i < all.size(); i++) {
      String full = "Q" + (i + 1) + ". " + plain(all.get(i).question());
      String title = titles.get(i);
      assertThat(
              title.endsWith("\u2026")
                  ? full.startsWith(title.substring(0, title.length() - 1))
                  : title.equals(full))
          .as("bookmark %s of %s", title, all.get(i).path())
          .isTrue();
    }
    // The one bookmark written out by hand, wherever the bank's order puts it.
    int number = CONTENT.number("what-is-an-api");
    assertThat(titles).contains("Q" + number + ". What is an API, in one sentence?");
  }

  @Test
  void everyPageButTheCoverSaysPageXOfY() throws Exception {
    int pages = pdf.pages();
    assertThat(pages).isBetween(20, 60);
    assertThat(pdf.pagesWithoutFooter()).isEmpty();
  }

  @Test
  void fontsAreEmbeddedLiberation() throws Exception {
    List<PDFont> fonts = pdf.fonts();
    assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
    assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("Liberation"));
  }

  @Test
  void charactersOutsideLatin1Survive() throws Exception {
    assertThat(pdf.text()).contains("N ≥ 1", "≈ 3.5 trillion", "client↔server", "—", "→", "…");
  }

  @Test
  void documentPropertiesAreSet() {
    var info = pdf.document.getDocumentInformation();
    assertThat(info.getTitle()).isEqualTo("API Interview Question Bank");
    assertThat(info.getSubject()).isNotBlank();
    assertThat(info.getKeywords()).contains("Security", "oauth");
    assertThat(info.getCreationDate().get(Calendar.YEAR)).isEqualTo(2026);
    assertThat(info.getCreationDate().toInstant()).isEqualTo(ExportRun.TIMESTAMP);
  }

  @Test
  void isA4() {
    var box = pdf.document.getPage(0).getMediaBox();
    assertThat(box.getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.5f));
    assertThat(box.getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.5f));
  }

  static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  static String plain(String markdown) {
    return PdfReading.normalize(
        PlainText.of(Markdown.parse(markdown)).replaceAll("(?m)^(\\s*)- ", "$1\u2022 "));
  }
}
