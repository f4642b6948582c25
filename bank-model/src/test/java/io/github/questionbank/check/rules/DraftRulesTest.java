package io.github.questionbank.check.rules;

import static io.github.questionbank.testing.BankFixture.BANK;
import static io.github.questionbank.testing.BankFixture.WHAT;
import static io.github.questionbank.testing.BankFixture.WHY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.model.Question;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.validate.ValidationResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Drafts are checked by every rule; only an answer still to be written is allowed them. */
class DraftRulesTest {

  @TempDir Path project;

  /** A question file with {@code draft: true} on line 6, the closing line on 7, answer from 8. */
  static String draft(String id, String difficulty, String answer) {
    return "---\nid: "
        + id
        + "\ndifficulty: "
        + difficulty
        + "\nlessons: [\"01\"]\nquestion: Is "
        + id
        + " done?\ndraft: true\n---\n"
        + answer
        + "\n";
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"TODO", "todo", "  TBD.  ", "FIXME:", "...", "\u2026", "\n\nTodo\n", "tbd:"})
  void anAnswerThatIsOnlyAPlaceholderIsAnEmptyAnswer(String placeholder) throws Exception {
    ValidationResult result = BankFixture.minimal(project).withAnswer(placeholder).validate();

    assertThat(BankFixture.lines(result))
        .singleElement()
        .asString()
        .startsWith(BANK + WHAT + ":")
        .endsWith(
            "error: question 'what-is-it' has only the placeholder '"
                + placeholder.strip()
                + "' for a model answer: write the answer, or mark the question draft: true"
                + " [empty-answer]");
  }

  @Test
  void thePlaceholderIsReportedWhereItIs() throws Exception {
    assertThat(BankFixture.minimal(project).withAnswer("\n\n  TODO").lines())
        .containsExactly(
            BANK
                + WHAT
                + ":9:3: error: question 'what-is-it' has only the placeholder 'TODO' for a model"
                + " answer: write the answer, or mark the question draft: true [empty-answer]");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"TODO: explain the index case", "To do this, call it twice.", "TODO TODO", "."})
  void anAnswerThatOnlyStartsWithAPlaceholderWordIsAnAnswer(String answer) throws Exception {
    assertThat(BankFixture.minimal(project).withAnswer(answer).lines()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "TODO", "..."})
  void aDraftMayHaveAnEmptyOrPlaceholderAnswer(String answer) throws Exception {
    ValidationResult result =
        BankFixture.minimal(project).with(WHAT, draft("what-is-it", "LOW", answer)).validate();

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.drafts()).isEqualTo(1);
    assertThat(result.draftsNote()).contains("1 draft, not exported");
    assertThat(result.bank().orElseThrow().questions().filter(Question::draft).map(Question::id))
        .containsExactly("what-is-it");
  }

  @Test
  void everyOtherRuleChecksADraft() throws Exception {
    assertThat(
            BankFixture.minimal(project)
                .with(WHAT, draft("what-is-it", "LOW", "A <b>bold</b> claim."))
                .with(WHY, draft("what-is-it", "MEDIUM", "Because."))
                .lines())
        .extracting(line -> line.substring(line.lastIndexOf('[')))
        .contains("[raw-html]", "[duplicate-id]", "[duplicate-question]")
        .containsOnly("[raw-html]", "[duplicate-id]", "[duplicate-question]");
  }

  /**
   * A draft sits where its file will publish it, so the order it breaks is the order the section
   * will have: the finding comes now, while the file is easy to renumber.
   */
  @Test
  void aDraftOutOfDifficultyOrderIsReported() throws Exception {
    assertThat(
            BankFixture.minimal(project)
                .with("questions/basics/030-easy.md", draft("easy-one", "LOW", "TODO"))
                .lines())
        .singleElement()
        .asString()
        .contains("030-easy.md:3:13: warning: LOW question follows a MEDIUM one")
        .endsWith("[difficulty-order]");
  }

  @Test
  void aBankWithoutDraftsHasNoDraftsNote() throws Exception {
    ValidationResult result = BankFixture.minimal(project).validate();

    assertThat(result.drafts()).isZero();
    assertThat(result.draftsNote()).isEmpty();
  }

  @Test
  void draftsAreCountedInTheSummaryNote() throws Exception {
    ValidationResult result =
        BankFixture.minimal(project)
            .with(WHAT, draft("what-is-it", "LOW", "TODO"))
            .with(WHY, draft("why-use-it", "MEDIUM", ""))
            .with("questions/advanced/020-more.md", draft("more", "HIGH", "..."))
            .validate();

    assertThat(result.draftsNote()).contains("3 drafts, not exported");
    assertThat(result.summary()).isEqualTo("0 errors and 0 warnings in 6 files");
  }
}
