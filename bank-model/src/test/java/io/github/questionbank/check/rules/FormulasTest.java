package io.github.questionbank.check.rules;

import static io.github.questionbank.testing.BankFixture.BANK;
import static io.github.questionbank.testing.BankFixture.WHAT;
import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The math rule: a formula that cannot be typeset is an error where it starts. */
class FormulasTest {

  private static final String WHAT_PATH = BANK + WHAT;

  @TempDir Path project;

  @Test
  void aBrokenFormulaIsAnErrorAtItsLineAndColumn() throws Exception {
    String answer =
        String.join(
            "\n",
            "Fine: $O(n \\log n)$, money: $5 and $10.",
            "",
            "Broken: $\\frac{1}{$ and \\(\\foo x\\).",
            "",
            "$$",
            "\\sum_{i=1}^{n} i",
            "$$");

    assertThat(BankFixture.minimal(project).withAnswer(answer).lines())
        .containsExactly(
            WHAT_PATH
                + ":9:9: error: formula '$\\frac{1}{$' has a '{' that is never closed: add the"
                + " missing '}' [math]",
            WHAT_PATH
                + ":9:25: error: formula '\\(\\foo x\\)' cannot be typeset: Unknown symbol or"
                + " command or predefined TeXFormula: 'foo' [math]");
  }

  @Test
  void aBrokenFormulaInTheQuestionIsReportedAtTheQuestion() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(WHAT, question("what-is-it", "LOW", "[\"01\"]", "Why is $x^$ odd?", "A."));

    assertThat(bank.lines())
        .containsExactly(
            WHAT_PATH
                + ":5:11: error: question has formula '$x^$' has a '^' at character 2 with"
                + " nothing after it to apply to [math]");
  }

  @Test
  void moneyAndCodeAreNeverFormulas() throws Exception {
    String answer = "It costs $5 and $10, or $3.50; `$\\frac{1}{$` is code.\n\n    $\\foo$\n";

    assertThat(BankFixture.minimal(project).withAnswer(answer).lines()).isEmpty();
  }
}
