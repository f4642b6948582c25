package io.github.questionbank.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.ExportResult;
import io.github.questionbank.export.ExportRun;
import io.github.questionbank.export.Formats;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.RealBankContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study page of the real bank and of a small bank with code, a table and images. */
class StudyPageTest {

  private static final RealBankContent CONTENT = RealBankContent.real();

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @TempDir static Path temp;

  private static Path realPage;
  private static Document real;

  @BeforeAll
  static void exportTheRealBank() throws Exception {
    Path out = temp.resolve("real");
    ExportResult result = ExportRun.export(ExportRun.REAL_PROJECT, out, List.of("html"));
    assertThat(result.files()).hasSize(1);
    realPage = out.resolve("api-interview-questions.html");
    real = Jsoup.parse(realPage.toFile(), "UTF-8");
  }

  @Test
  void isADefaultFormatWrittenLast() {
    assertThat(Formats.defaults()).endsWith("html");
    assertThat(Formats.byName("html")).containsInstanceOf(StudyPageExporter.class);
  }

  @Test
  void hasOneH1AndHeadingsInOrder() {
    List<Integer> levels = new ArrayList<>();
    for (Element heading : real.select("h1, h2, h3, h4, h5, h6")) {
      levels.add(heading.tagName().charAt(1) - '0');
    }
    assertThat(levels.stream().filter(level -> level == 1)).hasSize(1);
    assertThat(levels.get(0)).isEqualTo(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i))
          .as("heading %d after h%d", i, levels.get(i - 1))
          .isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
    assertThat(real.select("main section.bank-section > h2")).hasSize(CONTENT.sections().size());
    assertThat(real.select("main article.question > h3")).hasSize(CONTENT.count());
    assertThat(real.select("header, nav, main, footer")).hasSize(4);
    assertThat(real.select("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void parsesAsHtml5WithoutAnError() throws Exception {
    Parser parser = Parser.htmlParser().setTrackErrors(20);
    Document page = Jsoup.parse(Files.readString(realPage), "", parser);
    assertThat(parser.getErrors()).isEmpty();
    assertThat(page.documentType().name()).isEqualTo("html");
    assertThat(page.documentType().publicId()).isEmpty();
    // Ids are unique: labels, anchors and aria-labelledby point at one element each.
    List<String> ids = page.select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates();
    for (Element labelled : page.select("[aria-labelledby]")) {
      assertThat(ids).contains(labelled.attr("aria-labelledby"));
    }
  }

  @Test
  void allowsOnlyItsOwnStyleAndScriptByHash() {
    Elements styles = real.select("style");
    Elements scripts = real.select("script");
    assertThat(styles).hasSize(1);
    assertThat(scripts).hasSize(1);
    assertThat(scripts.attr("src")).isEmpty();
    String csp = real.select("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp)
        .startsWith("default-src 'none'; img-src data:; ")
        .contains("style-src " + ContentSecurityPolicy.source(styles.get(0).data()) + ";")
        .contains("script-src " + ContentSecurityPolicy.source(scripts.get(0).data()) + ";");
    // The CSP meta must come before anything it governs.
    assertThat(real.head().child(1).attr("http-equiv")).isEqualTo("Content-Security-Policy");
    // A CSP with hashes blocks style attributes and inline handlers: the page has none.
    for (Element element : real.getAllElements()) {
      assertThat(element.attributes().asList())
          .noneMatch(a -> a.getKey().equals("style") || a.getKey().startsWith("on"));
    }
  }

  @Test
  void requestsNothing() {
    assertThat(real.select("[src]")).allMatch(e -> e.attr("src").startsWith("data:"));
    assertThat(real.select("link[href]")).allMatch(e -> e.attr("href").startsWith("data:"));
    assertThat(real.select("iframe, object, embed, base, form[action]")).isEmpty();
  }

  @Test
  void givesEveryQuestionItsDataItsChipAndAnAnswerPanel() {
    Elements questions = real.select("article.question");
    assertThat(questions).hasSize(CONTENT.count());
    Set<String> difficulties = Set.of("LOW", "MEDIUM", "HIGH");
    for (Element question : questions) {
      String section = question.closest("section.bank-section").id();
      assertThat("s-" + question.attr("data-section")).isEqualTo(section);
      assertThat(question.id()).isEqualTo("q-" + question.attr("data-id"));
      assertThat(question.attr("data-difficulty")).isIn(difficulties);
      assertThat(question.attr("data-lessons")).matches("[0-9]{2}( [0-9]{2})*");
      assertThat(question.attr("data-tags")).matches("([a-z0-9-]+( [a-z0-9-]+)*)?");
      assertThat(question.select(".chip").text()).isEqualTo(question.attr("data-difficulty"));
      assertThat(question.select("details.answer > summary")).hasSize(1);
      assertThat(question.select("details.answer .answer-body").text()).isNotBlank();
      assertThat(question.select("details[open]")).isEmpty();
    }
    assertThat(questions.get(0).select("h3 .number").text()).isEqualTo("Q1");
    assertThat(questions.last().select("h3 .number").text()).isEqualTo("Q" + CONTENT.count());
    assertThat(questions)
        .extracting(q -> q.attr("data-id"))
        .containsExactlyElementsOf(CONTENT.questions().stream().map(q -> q.id()).toList());
    assertThat(real.select("main").attr("data-bank")).isEqualTo("api-interview-questions");
    assertThat(real.select(".counts").text()).startsWith(CONTENT.countsLine());
    assertThat(real.select(".page-footer").text()).contains("built 2026-11-25");
  }

  @Test
  void labelsEveryControlAndHidesThemUntilTheScriptRuns() {
    for (Element control : real.select("input, select")) {
      assertThat(real.select("label[for=" + control.id() + "]"))
          .as("label for %s", control.id())
          .hasSize(1);
    }
    assertThat(real.select("form#toolbar").hasAttr("hidden")).isTrue();
    assertThat(real.select(".marks")).allMatch(marks -> marks.hasAttr("hidden"));
    assertThat(real.select("[role=status][aria-live=polite]")).hasSize(1);
  }

  @Test
  void isTheSameBytesFromAnotherFolderAndAnotherRun() throws Exception {
    Path copy = ExportRun.copyOfRealBank(temp.resolve("copy"));
    Path out = temp.resolve("again");
    ExportRun.export(copy, out, List.of("html"));
    assertThat(out.resolve("api-interview-questions.html")).hasSameBinaryContentAs(realPage);
  }

  @Test
  void embedsLocalImagesAndKeepsCodeAndTables() throws Exception {
    BankFixture fixture =
        BankFixture.minimal(temp.resolve("mini"))
            .with("questions/basics/img/flow.png", PNG)
            .with("questions/basics/img/not-an-image.png", "just text")
            .withAnswer(
                "# Overview\n\n![the flow](img/flow.png) ![text](img/not-an-image.png)"
                    + " ![remote](https://example.com/r.png)\n\n"
                    + "| a | b |\n|---|--:|\n| 1 | 2 |\n\n```java\nint x = 1;\n```\n");
    fixture.write();
    Path out = temp.resolve("mini-out");
    ExportRun.export(fixture.project(), out, List.of("html"));
    Document page = Jsoup.parse(out.resolve("mini-bank.html").toFile(), "UTF-8");

    Element answer = page.selectFirst("#q-what-is-it .answer-body");
    assertThat(answer.select("img[alt=the flow]").attr("src"))
        .isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG));
    assertThat(answer.select("img[alt=text]").hasAttr("src")).isFalse();
    assertThat(answer.select("img[alt=remote]").hasAttr("src")).isFalse();
    assertThat(answer.select("table th")).hasSize(2);
    assertThat(answer.select("td[align=right]").text()).isEqualTo("2");
    assertThat(answer.select("pre > code.language-java").text()).isEqualTo("int x = 1;");
    assertThat(answer.select("h4").text()).isEqualTo("Overview");
    assertThat(page.select("#q-how-does-it-work .question-text").html())
        .isEqualTo("How does it <strong>work</strong>?");
    assertThat(page.select("#filter-lesson option"))
        .extracting(Element::val)
        .containsExactly("", "01", "02");
    assertThat(Files.readString(out.resolve("mini-bank.html"))).doesNotContain("http://");
  }

  @Test
  void escapesWhatTheAuthorWroteInMetadata() throws Exception {
    BankFixture fixture =
        BankFixture.minimal(temp.resolve("escaped"))
            .with(
                "bank.yaml",
                BankFixture.BANK_YAML
                    .replace("title: Mini Bank", "title: \"Mini <b>&</b> Bank\"")
                    .replace("title: Basics", "title: \"Basics & <more>\""));
    fixture.write();
    Path out = temp.resolve("escaped-out");
    ExportRun.export(fixture.project(), out, List.of("html"));
    Document page = Jsoup.parse(out.resolve("mini-bank.html").toFile(), "UTF-8");
    assertThat(page.select("h1").text()).isEqualTo("Mini <b>&</b> Bank");
    assertThat(page.select("h1 b")).isEmpty();
    assertThat(page.title()).isEqualTo("Mini <b>&</b> Bank");
    assertThat(page.select("#s-basics > h2").text()).isEqualTo("1 Basics & <more>");
    assertThat(page.select("#filter-section option[value=basics]").text())
        .isEqualTo("Basics & <more>");
  }
}
