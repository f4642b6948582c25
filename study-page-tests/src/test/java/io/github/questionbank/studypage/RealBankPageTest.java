package io.github.questionbank.studypage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real bank's study page, as bank-content's build wrote it earlier in the same reactor. */
class RealBankPageTest extends PageInBrowser {

  /**
   * How many questions the page must show: the real bank's question files, counted here from its
   * folders rather than taken from the page or the exporter, so that a question added to
   * bank-content changes what is expected instead of failing these tests.
   */
  private static final int TOTAL = questionFiles(Path.of("..", "bank-content", "src", "bank"));

  private static Path page;
  private static Elements questions;

  @BeforeAll
  static void findPage() throws Exception {
    page = Path.of(System.getProperty("studyPage.realBank")).toAbsolutePath().normalize();
    if (!Files.isRegularFile(page)) {
      throw new IllegalStateException(
          "No study page at "
              + page
              + ": build the reactor from the repository root (./mvnw -B verify), so that"
              + " bank-content exports it before these tests run.");
    }
    questions = Jsoup.parse(page.toFile(), "UTF-8").select("article.question");
    assertThat(questions).hasSize(TOTAL);
  }

  @BeforeEach
  void open() {
    browser.open(page);
  }

  /** The {@code .md} files in the section folders of a bank's questions folder. */
  private static int questionFiles(Path bank) {
    try (Stream<Path> sections = Files.list(bank.resolve("questions"))) {
      int count = 0;
      for (Path section : sections.filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.list(section)) {
          count +=
              (int)
                  files
                      .map(file -> file.getFileName().toString())
                      .filter(name -> name.endsWith(".md") && !name.startsWith("."))
                      .count();
        }
      }
      if (count == 0) {
        throw new IllegalStateException("no question files under " + bank.toAbsolutePath());
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many questions the page's data says should show, counted outside the browser. */
  private static long expected(Predicate<Element> filter) {
    return questions.stream().filter(filter).count();
  }

  private static Predicate<Element> hasLesson(String lesson) {
    return q -> List.of(q.attr("data-lessons").split(" ")).contains(lesson);
  }

  private static String text(Element question) {
    return question.select(".question-text").text().toLowerCase(Locale.ROOT);
  }

  @Test
  void asksTheNetworkForNothingButItself() {
    browser.script(
        "() => { window.violations = [];"
            + " document.addEventListener('securitypolicyviolation',"
            + " e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI)); }");
    browser.find("#open-all").click();
    browser.find("#filter-search").pressSequentially("api");
    browser.find("#close-all").click();

    // The log holds the page's own load (so it is recording), and nothing else but data: URIs.
    assertThat(browser.requests())
        .contains(page.toUri().toString())
        .allMatch(url -> url.equals(page.toUri().toString()) || url.startsWith("data:"));
    assertThat(browser.script("() => performance.getEntriesByType('resource').length"))
        .isEqualTo(0);
    assertThat((List<?>) browser.script("() => window.violations")).isEmpty();
  }

  @Test
  void opensAPanelWithAClick() {
    Locator question = browser.find("article.question");
    Locator answer = question.locator(".answer-body").first();
    assertThat(browser.rendered(answer)).isFalse();

    question.locator("summary").first().click();
    assertThat(browser.rendered(answer)).isTrue();

    question.locator("summary").first().click();
    assertThat(browser.rendered(answer)).isFalse();
  }

  @Test
  void opensAPanelFromTheKeyboardWithAVisibleFocus() {
    Locator summary = browser.all("article.question summary").get(1);
    Locator answer = browser.all("article.question .answer-body").get(1);
    // Tab from the "I knew it" button of Q1 to the summary of Q2, as a keyboard user would.
    browser.all("article.question .mark-review").get(0).click();
    browser.all("article.question .mark-review").get(0).click(); // and off again
    browser.page.keyboard().press("Tab");
    assertThat(summary.evaluate("e => e === document.activeElement")).isEqualTo(true);
    assertThat(summary.evaluate("e => e.matches(':focus-visible')")).isEqualTo(true);
    assertThat(summary.evaluate("e => getComputedStyle(e).outlineStyle")).isEqualTo("solid");

    browser.page.keyboard().press("Enter");
    assertThat(browser.rendered(answer)).isTrue();
    browser.page.keyboard().press("Space");
    assertThat(browser.rendered(answer)).isFalse();
    browser.page.keyboard().press("Space");
    assertThat(browser.rendered(answer)).isTrue();
  }

  @Test
  void opensAndClosesEveryPanel() {
    browser.find("#open-all").click();
    assertThat(browser.all("details.answer[open]")).hasSize(TOTAL);
    assertThat(browser.all(".answer-body").stream().allMatch(browser::rendered)).isTrue();
    browser.find("#close-all").click();
    assertThat(browser.all("details.answer[open]")).isEmpty();
  }

  @Test
  void combinesFiltersAndSaysHowManyQuestionsMatch() {
    assertThat(browser.status()).isEqualTo("All " + TOTAL + " questions shown");

    browser.find("#filter-difficulty-medium").click();
    browser.find("#filter-section").selectOption("reliability-scale");
    Predicate<Element> section =
        q ->
            q.attr("data-section").equals("reliability-scale")
                && !q.attr("data-difficulty").equals("MEDIUM");
    long count = expected(section);
    assertThat(count).isBetween(2L, TOTAL - 1L);
    assertThat(browser.status()).isEqualTo(count + " of " + TOTAL + " questions match");
    assertThat(browser.shownQuestions()).isEqualTo(count);
    assertThat(browser.all("section.bank-section").stream().filter(browser::rendered)).hasSize(1);

    // The lesson that most, but not all, of those questions have; then a tag of one of those.
    String lesson =
        questions.stream()
            .filter(section)
            .flatMap(q -> Stream.of(q.attr("data-lessons").split(" ")))
            .filter(l -> expected(section.and(hasLesson(l))) < count)
            .max(Comparator.comparingLong(l -> expected(section.and(hasLesson(l)))))
            .orElseThrow();
    browser.find("#filter-lesson").selectOption(lesson);
    Predicate<Element> withLesson = section.and(hasLesson(lesson));
    assertThat(browser.status())
        .isEqualTo(expected(withLesson) + " of " + TOTAL + " questions match");
    assertThat(browser.shownQuestions()).isEqualTo(expected(withLesson));
    long inSection = expected(q -> q.attr("data-section").equals("reliability-scale"));
    assertThat(browser.find("#s-reliability-scale .section-summary").innerText())
        .isEqualTo(expected(withLesson) + " of " + inSection + " questions");

    Element first = questions.stream().filter(withLesson).findFirst().orElseThrow();
    String tag = first.attr("data-tags").split(" ")[0];
    browser.find("#filter-tag").selectOption(tag);
    Predicate<Element> withTag =
        withLesson.and(q -> List.of(q.attr("data-tags").split(" ")).contains(tag));
    assertThat(browser.shownQuestions()).isEqualTo(expected(withTag)).isPositive();
    assertThat(browser.status()).isEqualTo(expected(withTag) + " of " + TOTAL + " questions match");

    browser.find("#clear-filters").click();
    assertThat(browser.status()).isEqualTo("All " + TOTAL + " questions shown");
    assertThat(browser.shownQuestions()).isEqualTo(TOTAL);
  }

  @Test
  void searchesTheQuestionTextTogetherWithTheFilters() {
    browser.find("#filter-search").pressSequentially("Idempotent");
    long idempotent = expected(q -> text(q).contains("idempotent"));
    assertThat(idempotent).isPositive();
    assertThat(browser.status()).isEqualTo(idempotent + " of " + TOTAL + " questions match");
    assertThat(browser.shownQuestions()).isEqualTo(idempotent);

    browser.find("#filter-difficulty-high").click();
    long notHigh =
        expected(q -> text(q).contains("idempotent") && !q.attr("data-difficulty").equals("HIGH"));
    assertThat(browser.shownQuestions()).isEqualTo(notHigh);

    browser.find("#filter-search").pressSequentially(" qwertyuiop");
    assertThat(browser.status()).isEqualTo("No question matches (0 of " + TOTAL + ")");
    assertThat(browser.shownQuestions()).isZero();
  }

  @Test
  void keepsReviewMarksAcrossAReload() {
    List<Locator> articles = browser.all("article.question");
    String known = articles.get(0).getAttribute("data-id");
    articles.get(0).locator(".mark-known").click();
    articles.get(1).locator(".mark-review").click();
    articles.get(4).locator(".mark-review").click();

    browser.reload();

    assertThat(browser.find("#q-" + known + " .mark-known").getAttribute("aria-pressed"))
        .isEqualTo("true");
    assertThat(browser.find("#q-" + known + " .mark-review").getAttribute("aria-pressed"))
        .isEqualTo("false");
    assertThat(browser.all(".mark-review[aria-pressed=true]")).hasSize(2);
    assertThat(
            (String)
                browser.script(
                    "() => localStorage.getItem('questionbank:api-interview-questions:marks')"))
        .contains("\"" + known + "\":\"known\"");

    browser.find("#filter-review").click();
    assertThat(browser.status()).isEqualTo("2 of " + TOTAL + " questions match");
    assertThat(browser.shownQuestions()).isEqualTo(2);

    browser.find("#reset-marks").click();
    assertThat(browser.shownQuestions()).isZero();
    assertThat(browser.status()).contains("Marks cleared").contains("0 of " + TOTAL);
    browser.find("#filter-review").click();
    assertThat(browser.shownQuestions()).isEqualTo(TOTAL);
    browser.reload();
    assertThat(browser.all(".mark[aria-pressed=true]")).isEmpty();
  }

  @Test
  void printsEveryAnswerAndNoControl() {
    browser.all("article.question summary").get(3).click(); // one open, the rest closed
    browser.emulate("print", "light");

    assertThat(browser.all(".answer-body").stream().allMatch(browser::rendered)).isTrue();
    assertThat(browser.rendered(browser.find("#toolbar"))).isFalse();
    assertThat(browser.all(".marks").stream().noneMatch(browser::rendered)).isTrue();
    assertThat(browser.all("summary").stream().noneMatch(browser::rendered)).isTrue();
    assertThat(
            browser.script(
                "() => getComputedStyle(document.querySelectorAll('section.bank-section')[1])"
                    + ".breakBefore"))
        .isEqualTo("page");
  }

  @Test
  void followsTheDarkSchemeAndKeepsThePdfChips() throws Exception {
    browser.emulate("screen", "dark");
    assertThat(browser.script("() => getComputedStyle(document.body).backgroundColor"))
        .isEqualTo("rgb(21, 24, 28)");
    assertThat(
            browser.script(
                "() => getComputedStyle(document.querySelector('.chip-high')).backgroundColor"))
        .isEqualTo("rgb(155, 28, 28)");
    browser.find("#open-all").click();
    browser.all("article.question .mark-known").get(0).click();
    assertThat(seriousOrCritical(Axe.run(browser))).isEmpty();
  }

  @Test
  void passesAxeWithPanelsClosedAndOpen() throws Exception {
    List<Axe.Violation> closed = Axe.run(browser);
    System.out.println(
        "axe, light, panels closed: " + (closed.isEmpty() ? "no violation" : closed));
    assertThat(seriousOrCritical(closed)).isEmpty();
    browser.find("#open-all").click();
    browser.all("article.question .mark-review").get(0).click();
    List<Axe.Violation> open = Axe.run(browser);
    System.out.println("axe, light, panels open: " + (open.isEmpty() ? "no violation" : open));
    assertThat(seriousOrCritical(open)).isEmpty();
  }

  @Test
  void itsPolicyStopsAScriptThatSlipsIntoThePage() {
    browser.script(
        "() => { const d = document.createElement('div');"
            + " d.setAttribute('onclick', 'window.pwned = 1');"
            + " document.body.append(d); d.click();"
            + " const s = document.createElement('script');"
            + " s.textContent = 'window.pwned = 2';"
            + " document.body.append(s); }");
    assertThat(browser.script("() => window.pwned === undefined")).isEqualTo(true);
    List<String> errors = browser.consoleErrors();
    assertThat(errors).anyMatch(e -> e.contains("Content Security Policy"));
  }

  private static List<Axe.Violation> seriousOrCritical(List<Axe.Violation> violations) {
    return violations.stream()
        .filter(v -> "serious".equals(v.impact()) || "critical".equals(v.impact()))
        .toList();
  }
}
