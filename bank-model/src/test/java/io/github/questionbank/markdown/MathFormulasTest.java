package io.github.questionbank.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which formulas cannot be typeset, and what the author is told. */
class MathFormulasTest {

  @Test
  void goodFormulasHaveNoProblem() {
    assertThat(MathFormulas.problem("O(n \\log n)")).isEmpty();
    assertThat(MathFormulas.problem("\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}")).isEmpty();
    assertThat(MathFormulas.problem("\\{x \\mid x > 0\\}")).isEmpty();
    assertThat(MathFormulas.problem("\\begin{array}{cc} a & b \\\\ c & d \\end{array}")).isEmpty();
  }

  @Test
  void unclosedGroupsAreRefusedThoughJLaTeXMathWouldForgiveThem() {
    assertThat(MathFormulas.problem("\\frac{1}{"))
        .contains("has a '{' that is never closed: add the missing '}'");
    assertThat(MathFormulas.problem("a}"))
        .contains("has a '}' at character 2 that closes no '{': remove it or add one");
    assertThat(MathFormulas.problem("x^"))
        .contains("has a '^' at character 2 with nothing after it to apply to");
    assertThat(MathFormulas.problem("\\begin{array}{c} a"))
        .contains("has \\begin{array} without its \\end{array}");
    assertThat(MathFormulas.problem("{".repeat(65) + "}".repeat(65)))
        .contains("nests groups more than 64 levels deep: simplify it");
  }

  @Test
  void definitionsAndFileReadingCommandsAreRefused() {
    // \newcommand{\a}{\a} would never end; a definition would leak into the next formula.
    assertThat(MathFormulas.problem("\\newcommand{\\a}{\\a}\\a"))
        .contains(
            "uses \\newcommand, which formulas may not: write the TeX out (a formula cannot define"
                + " commands, nor read files)");
    assertThat(MathFormulas.problem("\\includegraphics{/etc/passwd}"))
        .get()
        .asString()
        .contains("\\includegraphics");
    assertThat(MathFormulas.problem("\\jlmExternalFont{x}"))
        .get()
        .asString()
        .contains("\\jlmExternalFont");
    assertThat(MathFormulas.problem("a \\\\def")).isEmpty();
    assertThat(MathFormulas.problem("a \\\\def \\def\\x{y}")).get().asString().contains("\\def");
    assertThat(MathFormulas.problem("\\left( \\delta \\right)")).isEmpty();
  }

  @Test
  void unknownCommandsAreRefusedWithJLaTeXMathsReason() {
    assertThat(MathFormulas.problem("\\foo x"))
        .contains("cannot be typeset: Unknown symbol or command or predefined TeXFormula: 'foo'");
  }

  @Test
  void problemsAreFoundAtTheFormulaInTheText() {
    String text = "Fine $x$ here.\n\nBut $\\frac{1}{$ is not.";
    assertThat(MathFormulas.problems(Markdown.parse(text)))
        .containsExactly(
            new Finding(
                text.indexOf("$\\frac"),
                "formula '$\\frac{1}{$' has a '{' that is never closed: add the missing '}'"));
    assertThat(MathFormulas.problems(Markdown.parse("No math, $5 and $10."))).isEmpty();
  }
}
