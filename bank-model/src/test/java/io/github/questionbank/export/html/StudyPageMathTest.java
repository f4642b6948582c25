package io.github.questionbank.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.ExportRun;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.MathBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study page with formulas carries KaTeX, inside its CSP; one without carries none of it. */
class StudyPageMathTest {

  @TempDir static Path output;
  @TempDir Path project;
  @TempDir Path otherOutput;

  private static Document page;

  @BeforeAll
  static void export() throws Exception {
    ExportRun.export(MathBank.PROJECT, output, List.of("html"));
    page = Jsoup.parse(output.resolve("math-bank.html").toFile());
  }

  @Test
  void formulasAreSpansOfTexInMathJaxDelimiters() {
    Element question = page.getElementById("q-merge-sort-cost");
    assertThat(question.select(".question-text span.math.math-inline").text())
        .isEqualTo("\\(O(n \\log n)\\)");
    Elements display = question.select(".answer-body span.math.math-display");
    assertThat(display).hasSize(1);
    assertThat(display.text()).startsWith("\\[").contains("\\frac{n}{2}").endsWith("\\]");
    // Money and code stay text.
    assertThat(question.select(".answer-body").text())
        .contains("costs $5 and $10 an hour, or $3.50 on sale");
    assertThat(page.getElementById("q-arithmetic-series").select("code").eachText())
        .contains("cost = n * (n + 1) / 2", "echo $HOME");
    // The instructions' one, two in questions, fourteen in answers.
    assertThat(page.select("span.math")).hasSize(17);
  }

  @Test
  void katexComesWithThePageAndItsPolicyNamesIt() {
    Elements styles = page.select("head style");
    Elements scripts = page.select("body > script");
    assertThat(styles).hasSize(2);
    assertThat(scripts).hasSize(2);
    String katexCss = styles.get(1).data();
    String katexJs = scripts.get(0).data();
    assertThat(katexCss)
        .contains(".katex{")
        .contains("src:url(data:font/woff2;base64,")
        .doesNotContain("url(fonts/");
    assertThat(katexJs).startsWith("/*! KaTeX 0.16.").contains("katex.render(");
    String csp = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp)
        .contains("font-src data:;")
        .contains(
            "style-src "
                + ContentSecurityPolicy.source(styles.get(0).data())
                + " "
                + ContentSecurityPolicy.source(katexCss)
                + ";")
        .contains(
            "script-src "
                + ContentSecurityPolicy.source(katexJs)
                + " "
                + ContentSecurityPolicy.source(scripts.get(1).data())
                + ";")
        .doesNotContain("unsafe");
  }

  @Test
  void aPageWithoutMathCarriesNoKatex() throws Exception {
    BankFixture.minimal(project).withAnswer("It costs $5 and $10, in `$x$` code.").write();
    ExportRun.export(project, otherOutput, List.of("html"));
    String html = Files.readString(otherOutput.resolve("mini-bank.html"));
    assertThat(html).doesNotContain("katex", "font-src").contains("It costs $5 and $10");
    assertThat(Jsoup.parse(html).select("style")).hasSize(1);
  }

  @Test
  void theSameBankGivesTheSameBytes() throws Exception {
    ExportRun.export(MathBank.PROJECT, otherOutput, List.of("html"));
    assertThat(Files.readAllBytes(otherOutput.resolve("math-bank.html")))
        .isEqualTo(Files.readAllBytes(output.resolve("math-bank.html")));
  }
}
