package io.github.questionbank.studypage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small bank whose answers hold a code block, a table and a local image, exported through the
 * core's export API: what Markdown makes of them must show on the page, without a request.
 */
class FixtureBankPageTest extends PageInBrowser {

  @TempDir static Path output;

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static Path page;

  @BeforeAll
  static void export() throws Exception {
    page = FixtureBank.exportPage(output);
  }

  @BeforeEach
  void open() {
    browser.open(page);
    browser.find("#open-all").click();
  }

  @Test
  void showsTheEmbeddedImageWithoutARequest() {
    Locator image = browser.find("#q-flow-image .answer-body img");
    assertThat(image.getAttribute("alt")).isEqualTo("Client, gateway and service");
    assertThat(image.getAttribute("src")).startsWith("data:image/png;base64,");
    assertThat(image.evaluate("e => e.complete && e.naturalWidth")).isEqualTo(120);
    assertThat(browser.rendered(image)).isTrue();
    // The log holds the page's own load (so it is recording), and nothing else but data: URIs.
    assertThat(browser.requests())
        .contains(page.toUri().toString())
        .allMatch(url -> url.equals(page.toUri().toString()) || url.startsWith("data:"));
    assertThat(browser.script("() => performance.getEntriesByType('resource').length"))
        .isEqualTo(0);
  }

  @Test
  void keepsTheCodeBlocksLanguageAndTheTable() {
    Locator code = browser.find("#q-code-sample pre > code.language-java");
    assertThat(code.innerText()).contains("client.send(request, BodyHandlers.ofString())");
    assertThat(browser.rendered(code)).isTrue();
    assertThat(browser.find("#q-code-sample .question-text code").innerText()).isEqualTo("GET");

    List<Locator> rows = browser.all("#q-status-table table tr");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(2).locator("td").allInnerTexts()).containsExactly("4xx", "client error");
    Locator right = browser.find("#q-status-table td[align=right]");
    assertThat(right.evaluate("e => getComputedStyle(e).textAlign")).isEqualTo("right");
  }

  @Test
  void colorsTheCodeByTokenInBothSchemesWithinThePagesPolicy() {
    Locator keyword = browser.find("#q-code-sample pre span.tok-keyword").first();
    Locator string = browser.find("#q-code-sample pre span.tok-string").first();
    assertThat(keyword.evaluate("e => getComputedStyle(e).color")).isEqualTo("rgb(207, 34, 46)");
    assertThat(keyword.evaluate("e => getComputedStyle(e).fontWeight")).isEqualTo("700");
    assertThat(string.evaluate("e => getComputedStyle(e).color")).isEqualTo("rgb(10, 48, 105)");
    // For a person to look at: target/screenshots/code-{light,dark}.png.
    Locator block = browser.find("#q-code-sample pre");
    block.screenshot(
        new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("code-light.png")));

    browser.emulate("screen", "dark");
    assertThat(keyword.evaluate("e => getComputedStyle(e).color")).isEqualTo("rgb(255, 123, 114)");
    block.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("code-dark.png")));
    // Printing uses the light colours, whatever the screen's scheme: paper is white.
    browser.emulate("print", "dark");
    assertThat(keyword.evaluate("e => getComputedStyle(e).color")).isEqualTo("rgb(207, 34, 46)");
    browser.assertNoConsoleErrors();
  }

  @Test
  void keepsItsMarksApartFromOtherBanks() {
    browser.find("#q-status-table .mark-review").click();
    assertThat(browser.script("() => Object.keys(localStorage)"))
        .isEqualTo(List.of("questionbank:fixture-bank:marks"));
    browser.find("#filter-tag").selectOption("http");
    assertThat(browser.status()).isEqualTo("2 of 3 questions match");
    browser.find("#filter-review").click();
    assertThat(browser.status()).isEqualTo("1 of 3 questions match");
  }

  @Test
  void passesAxeInBothSchemes() throws Exception {
    assertThat(seriousOrCritical(Axe.run(browser))).isEmpty();
    browser.emulate("screen", "dark");
    assertThat(seriousOrCritical(Axe.run(browser))).isEmpty();
  }

  @Test
  void showsEveryQuestionAndAnswerWithoutJavaScript() {
    try (Browser noScript = Browser.withoutJavaScript()) {
      noScript.page.navigate(page.toUri().toString());
      assertThat(noScript.shownQuestions()).isEqualTo(3);
      assertThat(noScript.rendered(noScript.find("#toolbar"))).isFalse();
      assertThat(noScript.all(".marks").stream().noneMatch(noScript::rendered)).isTrue();
      Locator answer = noScript.find("#q-code-sample .answer-body");
      assertThat(noScript.rendered(answer)).isFalse();
      noScript.find("#q-code-sample summary").click();
      assertThat(noScript.rendered(answer)).isTrue();
      noScript.assertNoConsoleErrors();
    }
  }

  private static List<Axe.Violation> seriousOrCritical(List<Axe.Violation> violations) {
    return violations.stream()
        .filter(v -> "serious".equals(v.impact()) || "critical".equals(v.impact()))
        .toList();
  }
}
