package io.github.questionbank.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which dollars and backslashes open a formula: pandoc's rules, and never inside code. */
class MathParserTest {

  private static List<String> formulas(String markdown) {
    List<String> found = new ArrayList<>();
    Document document = Markdown.parse(markdown);
    document
        .getDescendants()
        .forEach(
            node -> {
              if (node instanceof MathNode math) {
                found.add((math.isDisplay() ? "display " : "inline ") + math.tex());
              }
            });
    return found;
  }

  @Test
  void allFourDelimitersMakeFormulas() {
    assertThat(formulas("Sorting takes $O(n \\log n)$ and \\(n^2\\) at worst."))
        .containsExactly("inline O(n \\log n)", "inline n^2");
    assertThat(formulas("$$\n\\sum_{i=1}^n i\n$$\n\nand \\[x_1 + x_2\\]"))
        .containsExactly("display \n\\sum_{i=1}^n i\n", "display x_1 + x_2");
  }

  @Test
  void moneyStaysText() {
    assertThat(formulas("It costs $5 and $10, or $3.50 on sale.")).isEmpty();
    assertThat(formulas("Between $20,000 and $30,000.")).isEmpty();
    assertThat(formulas("A lone $ sign, a $ spaced $ pair, and $x $ too.")).isEmpty();
    assertThat(formulas("Escaped \\$x\\$ is text.")).isEmpty();
    assertThat(formulas("Empty $$ $$ is text.")).isEmpty();
  }

  @Test
  void theClosingDollarFollowsANonSpaceAndPrecedesNoDigit() {
    assertThat(formulas("$a$1 and $b$.")).containsExactly("inline a$1 and $b");
    assertThat(formulas("$x$, then $y$")).containsExactly("inline x", "inline y");
  }

  @Test
  void markdownDoesNotReachInsideAFormula() {
    Document document = Markdown.parse("Take $a*b*c_1 \\{x\\}$ and \\(a_1 *b*\\).");
    assertThat(formulas("Take $a*b*c_1 \\{x\\}$ and \\(a_1 *b*\\)."))
        .containsExactly("inline a*b*c_1 \\{x\\}", "inline a_1 *b*");
    assertThat(PlainText.of(document)).isEqualTo("Take $a*b*c_1 \\{x\\}$ and \\(a_1 *b*\\).");
  }

  @Test
  void theTextRulesCompareKeepsTheFormulaAsWritten() {
    // duplicate-question compares this text: two questions about different formulas differ.
    assertThat(Markdown.plainText(Markdown.parse("Why is $x_1*y$ small?")))
        .isEqualTo("Why is $x_1*y$ small?");
  }

  @Test
  void codeSpansAndBlocksKeepTheirDollars() {
    assertThat(formulas("It costs $5 and $10, in `$x$` code.")).isEmpty();
    assertThat(formulas("Pay $5 or `a$` and ``b`$`` then.")).isEmpty();
    assertThat(formulas("Code `a$` then $y$.")).containsExactly("inline y");
    assertThat(formulas("Run `echo $HOME $x$` now.\n\n```sh\necho $a$\n```\n\n    $b$")).isEmpty();
  }

  @Test
  void otherEscapesStayMarkdowns() {
    Document document = Markdown.parse("\\*not emphasis\\* and \\\\(not math)");
    assertThat(formulas("\\*not emphasis\\* and \\\\(not math)")).isEmpty();
    assertThat(PlainText.of(document)).isEqualTo("*not emphasis* and \\(not math)");
  }

  @Test
  void aFormulaKeepsTheOffsetsOfItsSource() {
    String text = "Line one.\n\nSo $\\frac{1}{2}$ holds.";
    MathNode math = null;
    for (var node : Markdown.parse(text).getDescendants()) {
      if (node instanceof MathNode found) {
        math = found;
      }
    }
    assertThat(math).isNotNull();
    assertThat(math.getStartOffset()).isEqualTo(text.indexOf('$'));
    assertThat(math.source()).isEqualTo("$\\frac{1}{2}$");
  }

  @Test
  void aParagraphOfUnclosedDollarsParsesQuickly() {
    String dollars = "$a ".repeat(20_000);
    long start = System.nanoTime();
    assertThat(formulas(dollars)).isEmpty();
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
  }

  @Test
  void htmlCarriesMathJaxDelimitersInASpan() {
    assertThat(HtmlRendering.html(Markdown.parse("If $a<b$ then \\[a^2 < b^2\\]")))
        .isEqualTo(
            "<p>If <span class=\"math math-inline\">\\(a&lt;b\\)</span> then <span"
                + " class=\"math math-display\">\\[a^2 &lt; b^2\\]</span></p>\n");
  }

  @Test
  void theSanitizerDropsOtherSpanClasses() {
    assertThat(
            HtmlRendering.sanitize(
                "<span class=\"evil\">x</span><span class=\"math math-inline\">y</span>"))
        .isEqualTo("x<span class=\"math math-inline\">y</span>");
  }
}
