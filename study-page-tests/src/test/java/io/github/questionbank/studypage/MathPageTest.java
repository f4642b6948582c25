package io.github.questionbank.studypage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The math fixture (examples/math-bank): every formula typeset by the KaTeX the page carries, with
 * no request and no CSP violation (which the console would report), in light, dark and print.
 */
class MathPageTest extends PageInBrowser {

  /** Formulas in the page: one in the instructions, two in questions, fourteen in answers. */
  private static final int FORMULAS = 17;

  @TempDir static Path output;

  private static Path page;

  @BeforeAll
  static void export() throws Exception {
    page =
        FixtureBank.exportPage(
            Path.of(System.getProperty("studyPage.mathBank")), "math-bank.html", output);
  }

  @BeforeEach
  void open() {
    browser.open(page);
    browser.find("#open-all").click();
  }

  @Test
  void everyFormulaIsTypesetAndShown() {
    assertThat(browser.all("span.math")).hasSize(FORMULAS);
    assertThat(browser.all("span.math > .katex, span.math > .katex-display")).hasSize(FORMULAS);
    assertThat(browser.all(".katex-error")).isEmpty();
    for (Locator formula : browser.all("span.math .katex-html")) {
      assertThat(browser.rendered(formula)).as(formula.innerText()).isTrue();
      assertThat((Number) formula.evaluate("e => e.getBoundingClientRect().width"))
          .satisfies(width -> assertThat(width.doubleValue()).isGreaterThan(4));
    }
    // KaTeX's own fonts are in use (inlined as data: URIs): no request for them.
    assertThat(browser.script("() => document.fonts.check('16px KaTeX_Main')")).isEqualTo(true);
    assertThat(browser.requests()).allMatch(url -> url.equals(page.toUri().toString()));
  }

  @Test
  void noTexIsLeftInTheTextAReaderSees() {
    String text = browser.find("main").innerText();
    assertThat(text).doesNotContain("\\(", "\\[", "\\log", "\\frac", "$n$");
    // Money and code are text.
    assertThat(text).contains("costs $5 and $10 an hour, or $3.50 on sale", "echo $HOME");
  }

  @Test
  void aDisplayedFormulaIsCentredOnItsOwnLine() {
    Locator display = browser.find("#q-merge-sort-cost .katex-display");
    Locator body = browser.find("#q-merge-sort-cost .answer-body");
    double formulaCentre =
        ((Number)
                display
                    .locator(".katex")
                    .evaluate(
                        "e => { const r = e.getBoundingClientRect();"
                            + " return r.left + r.width / 2; }"))
            .doubleValue();
    double bodyCentre =
        ((Number)
                body.evaluate(
                    "e => { const r = e.getBoundingClientRect();"
                        + " return r.left + r.width / 2; }"))
            .doubleValue();
    assertThat(Math.abs(formulaCentre - bodyCentre)).isLessThan(12);
  }

  @Test
  void searchFindsAFormulaByItsTex() {
    browser.find("#filter-search").fill("log n");
    assertThat(browser.status()).isEqualTo("1 of 3 questions match");
  }

  @Test
  void formulasTakeTheTextColourInTheDarkSchemeAndPrint() throws Exception {
    browser.emulate("screen", "dark");
    assertThat(colourOf(".katex")).isEqualTo(colourOf("main p"));
    screenshot("math-page-dark.png");
    browser.emulate("print", "light");
    assertThat(colourOf(".katex")).isEqualTo(colourOf("main p"));
    assertThat(browser.rendered(browser.find("#q-birthday-paradox .katex-display"))).isTrue();
    browser.emulate("screen", "light");
    screenshot("math-page.png");
  }

  private String colourOf(String css) {
    return (String) browser.find(css).evaluate("e => getComputedStyle(e).color");
  }

  /** For a person to look at: target/screenshots. */
  private void screenshot(String name) throws Exception {
    Path folder = Path.of(System.getProperty("studyPage.screenshots", "target/screenshots"));
    Files.createDirectories(folder);
    browser.page.screenshot(
        new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(true));
  }
}
