package io.github.questionbank.studypage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A small bank whose answers hold a code block, a table and a local image, exported through the
 * core's export API: what Markdown makes of them must show on the page, without a request.
 */
class FixtureBankPageTest extends PageInBrowser {

  @TempDir static Path output;

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
    WebElement image = browser.find("#q-flow-image .answer-body img");
    assertThat(image.getAttribute("alt")).isEqualTo("Client, gateway and service");
    assertThat(image.getAttribute("src")).startsWith("data:image/png;base64,");
    assertThat(browser.script("return arguments[0].complete && arguments[0].naturalWidth", image))
        .isEqualTo(120L);
    assertThat(browser.rendered(image)).isTrue();
    // The log holds the page's own load (so it is recording), and nothing else but data: URIs.
    assertThat(browser.requests())
        .contains(page.toUri().toString())
        .allMatch(url -> url.equals(page.toUri().toString()) || url.startsWith("data:"));
    assertThat(browser.script("return performance.getEntriesByType('resource').length"))
        .isEqualTo(0L);
  }

  @Test
  void keepsTheCodeBlocksLanguageAndTheTable() {
    WebElement code = browser.find("#q-code-sample pre > code.language-java");
    assertThat(code.getText()).contains("client.send(request, BodyHandlers.ofString())");
    assertThat(browser.rendered(code)).isTrue();
    assertThat(browser.find("#q-code-sample .question-text code").getText()).isEqualTo("GET");

    List<WebElement> rows = browser.all("#q-status-table table tr");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(2).getText()).isEqualTo("4xx client error");
    WebElement right = browser.find("#q-status-table td[align=right]");
    assertThat(browser.script("return getComputedStyle(arguments[0]).textAlign", right))
        .isEqualTo("right");
  }

  @Test
  void keepsItsMarksApartFromOtherBanks() {
    browser.find("#q-status-table .mark-review").click();
    assertThat(browser.script("return Object.keys(localStorage)"))
        .isEqualTo(List.of("questionbank:fixture-bank:marks"));
    new org.openqa.selenium.support.ui.Select(browser.find("#filter-tag")).selectByValue("http");
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
    try (Browser noScript = Browser.start()) {
      ChromeDriver driver = noScript.driver;
      driver.executeCdpCommand(
          "Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
      driver.get(page.toUri().toString());
      assertThat(noScript.shownQuestions()).isEqualTo(3);
      assertThat(noScript.rendered(noScript.find("#toolbar"))).isFalse();
      assertThat(noScript.all(".marks").stream().noneMatch(noScript::rendered)).isTrue();
      WebElement answer = noScript.find("#q-code-sample .answer-body");
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
