package io.github.questionbank.check.rules;

import static io.github.questionbank.testing.BankFixture.BANK;
import static io.github.questionbank.testing.BankFixture.HOW;
import static io.github.questionbank.testing.BankFixture.WHAT;
import static io.github.questionbank.testing.BankFixture.WHY;
import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.model.Question;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.validate.ValidationResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules about the bank as a whole, over the files that could be read. */
class BankRulesTest {

  @TempDir Path project;

  private BankFixture bank() {
    return BankFixture.minimal(project);
  }

  @Test
  void minimalBankIsValid() throws Exception {
    ValidationResult result = bank().validate();

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.summary()).isEqualTo("0 errors and 0 warnings in 5 files");
    assertThat(result.bank().orElseThrow().questions().map(Question::id))
        .containsExactly("what-is-it", "why-use-it", "how-does-it-work");
  }

  @Test
  void duplicateQuestionIdNamesTheFirstAsFileAndLine() throws Exception {
    assertThat(
            bank()
                .with(WHY, question("what-is-it", "MEDIUM", "[\"01\", \"02\"]", "Why?", "Because."))
                .lines())
        .containsExactly(
            BANK
                + WHY
                + ":2:5: error: question id 'what-is-it' is already used by "
                + BANK
                + WHAT
                + ":2: ids are unique in the bank [duplicate-id]");
  }

  @Test
  void duplicateSectionAndLessonIds() throws Exception {
    String bankYaml = BankFixture.BANK_YAML + "  - id: basics\n    title: Basics again\n";
    String lessonsYaml = BankFixture.LESSONS_YAML + "  - id: \"01\"\n    title: First again\n";

    assertThat(bank().with("bank.yaml", bankYaml).with("lessons.yaml", lessonsYaml).lines())
        .containsExactly(
            BANK
                + "bank.yaml:8:5: error: section 'basics' is already declared at line 4"
                + " [duplicate-id]",
            BANK
                + "lessons.yaml:6:5: error: lesson '01' is already declared at line 2"
                + " [duplicate-id]");
  }

  @Test
  void folderThatIsNoSectionSuggestsTheClosestSection() throws Exception {
    assertThat(
            bank()
                .with(
                    "questions/basic/010-extra.md",
                    question("extra", "LOW", "[\"01\"]", "What else?", "More."))
                .lines())
        .containsExactly(
            BANK
                + "questions/basic/010-extra.md:1:1: error: folder 'basic' is not a section of"
                + " bank.yaml (did you mean 'basics'?): declare it under 'sections' or move its"
                + " files [unknown-section]");
  }

  @Test
  void unknownLessonIsAtTheOffendingListItem() throws Exception {
    String how =
        "---\nid: how-does-it-work\ndifficulty: HIGH\nlessons:\n  - \"02\"\n  - \"2\"\n"
            + "question: How does it work?\n---\nLike this.\n";
    String bankYaml =
        BankFixture.BANK_YAML.replace(
            "title: Mini Bank\n", "title: Mini Bank\nprerequisites: [\"01\", \"7\"]\n");

    assertThat(
            bank()
                .with(WHY, question("why-use-it", "MEDIUM", "[\"01\", \"99\"]", "Why?", "So."))
                .with(HOW, how)
                .with("bank.yaml", bankYaml)
                .lines())
        .containsExactly(
            BANK
                + "bank.yaml:3:23: error: prerequisite lesson '7' is not in lessons.yaml"
                + " [unknown-lesson]",
            BANK
                + HOW
                + ":6:5: error: lesson '2' is not in lessons.yaml (did you mean '02'?)"
                + " [unknown-lesson]",
            BANK + WHY + ":4:17: error: lesson '99' is not in lessons.yaml [unknown-lesson]");
  }

  @Test
  void difficultyOrderWarnsOnceAtTheFirstQuestionThatStepsDown() throws Exception {
    assertThat(
            bank()
                .with(
                    "questions/basics/030-easy.md",
                    question("easy-one", "LOW", "[\"01\"]", "Is it easy?", "Yes."))
                .with(
                    "questions/basics/040-easy-too.md",
                    question("easy-two", "LOW", "[\"01\"]", "Is it easy too?", "Yes."))
                .lines())
        .containsExactly(
            BANK
                + "questions/basics/030-easy.md:3:13: warning: LOW question follows a MEDIUM one"
                + " (020-why.md): section 'basics' must run LOW -> HIGH; renumber the files"
                + " [difficulty-order]");
  }

  @Test
  void emptyOrBlankAnswerIsReportedAtTheClosingLine() throws Exception {
    String expected =
        BANK
            + WHAT
            + ":6:1: error: question 'what-is-it' has no model answer: write it below the"
            + " front matter [empty-answer]";
    assertThat(bank().with(WHAT, question("what-is-it", "LOW", "[\"01\"]", "What?", "")).lines())
        .containsExactly(expected);
    assertThat(
            bank()
                .with(WHAT, question("what-is-it", "LOW", "[\"01\"]", "What?", "  \n\t\n"))
                .lines())
        .containsExactly(expected);
  }

  @Test
  void duplicateQuestionIgnoresCaseWhitespaceAndMarkdown() throws Exception {
    assertThat(
            bank()
                .with(
                    WHY,
                    question(
                        "why-use-it", "MEDIUM", "[\"01\", \"02\"]", "what   *IS*  `it`?", "So."))
                .lines())
        .containsExactly(
            BANK
                + WHY
                + ":5:1: error: the same question is already asked in "
                + BANK
                + WHAT
                + ":5"
                + " [duplicate-question]");
  }

  @Test
  void unusedLessonWarnsAtItsCatalogEntry() throws Exception {
    String lessonsYaml = BankFixture.LESSONS_YAML + "  - id: \"03\"\n    title: Third lesson\n";

    assertThat(bank().with("lessons.yaml", lessonsYaml).lines())
        .containsExactly(
            BANK
                + "lessons.yaml:6:5: warning: lesson '03' is not used by any question: add it to"
                + " a question's lessons or remove it [unused-lesson]");
  }

  @Test
  void emptySectionWarnsAtItsBankEntry() throws Exception {
    assertThat(bank().without(HOW).lines())
        .containsExactly(
            BANK
                + "bank.yaml:6:5: warning: section 'advanced' has no questions: add files to"
                + " questions/advanced/ [empty-section]");
  }
}
