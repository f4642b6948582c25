package io.github.questionbank.check.schema;

import static io.github.questionbank.testing.BankFixture.BANK;
import static io.github.questionbank.testing.BankFixture.WHAT;
import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema errors, placed at the offending key or value and saying how to fix it. */
class SchemaRulesTest {

  private static final String WHAT_PATH = BANK + WHAT;

  @TempDir Path project;

  private BankFixture bank() {
    return BankFixture.minimal(project);
  }

  @Test
  void missingRequiredKeyIsAtTheFrontMattersFirstLineAndNamesTheKey() throws Exception {
    String file = "---\nid: what-is-it\ndifficulty: LOW\nquestion: What is it?\n---\nA thing.\n";

    assertThat(bank().with(WHAT, file).lines())
        .containsExactly(
            WHAT_PATH
                + ":1:1: error: missing required key 'lessons' in front matter: add lessons with"
                + " one or more lesson ids from lessons.yaml, e.g. lessons: [\"02\"] [schema]");
  }

  @Test
  void unknownKeyIsAtThatKeyAndSuggestsTheClosestKnownOne() throws Exception {
    String file =
        "---\nid: what-is-it\ndificulty: LOW\nlessons: [\"01\"]\nquestion: What is it?\n---\nA.\n";

    assertThat(bank().with(WHAT, file).lines())
        .containsExactly(
            WHAT_PATH
                + ":1:1: error: missing required key 'difficulty' in front matter: add"
                + " difficulty with LOW, MEDIUM or HIGH [schema]",
            WHAT_PATH
                + ":3:1: error: unknown key 'dificulty' in front matter (did you mean"
                + " 'difficulty'?); allowed keys: id, difficulty, lessons, tags, question,"
                + " draft"
                + " [schema]");
  }

  @Test
  void draftIsTrueOrFalseNotAString() throws Exception {
    String file =
        "---\nid: what-is-it\ndifficulty: LOW\nlessons: [\"01\"]\nquestion: What?\n"
            + "draft: \"yes\"\n---\nA.\n";

    assertThat(bank().with(WHAT, file).lines())
        .containsExactly(
            WHAT_PATH + ":6:8: error: draft must be true or false, not a string [schema]");
  }

  @Test
  void badEnumValueSuggestsTheClosestAllowedOne() throws Exception {
    assertThat(
            bank()
                .with(WHAT, question("what-is-it", "Medium", "[\"01\"]", "What is it?", "A."))
                .lines())
        .containsExactly(
            WHAT_PATH
                + ":3:13: error: difficulty 'Medium' is not one of LOW, MEDIUM, HIGH (did you"
                + " mean 'MEDIUM'?) [schema]");
  }

  @Test
  void unquotedLessonReadAsANumberSaysToQuoteIt() throws Exception {
    assertThat(
            bank()
                .with(WHAT, question("what-is-it", "LOW", "[\"01\", 01]", "What is it?", "A."))
                .lines())
        .containsExactly(
            WHAT_PATH
                + ":4:17: error: lessons[1] 01 is read as a number: quote it, \"01\""
                + " [schema]");
  }

  @Test
  void nonKebabIdSuggestsAKebabOne() throws Exception {
    assertThat(
            bank()
                .with(WHAT, question("What_Is It", "LOW", "[\"01\"]", "What is it?", "A."))
                .lines())
        .containsExactly(
            WHAT_PATH
                + ":2:5: error: id 'What_Is It' is not kebab-case (lowercase letters, digits"
                + " and single hyphens): try 'what-is-it' [schema]");
  }

  @Test
  void singleLessonInsteadOfAListSaysHowToWriteTheList() throws Exception {
    assertThat(
            bank().with(WHAT, question("what-is-it", "LOW", "\"01\"", "What is it?", "A.")).lines())
        .containsExactly(
            WHAT_PATH
                + ":4:10: error: lessons must be a list, not a single string: write"
                + " [\"01\"] [schema]");
  }

  @Test
  void bankAndLessonsFilesAreCheckedAgainstTheirSchemas() throws Exception {
    String bankYaml =
        "id: mini-bank\ntitle: Mini Bank\nsections:\n  - id: basics\n    title: Basics\n"
            + "  - id: advanced\n    tittle: Advanced\n";
    String lessonsYaml =
        "lessons:\n  - id: \"01\"\n    title: First lesson\n  - id: \"02\"\n    title: \"\"\n";

    assertThat(bank().with("bank.yaml", bankYaml).with("lessons.yaml", lessonsYaml).lines())
        .containsExactly(
            BANK
                + "bank.yaml:6:5: error: missing required key 'title' in sections[1]: add title"
                + " with a title [schema]",
            BANK
                + "bank.yaml:7:5: error: unknown key 'tittle' in sections[1] (did you mean"
                + " 'title'?); allowed keys: id, title [schema]",
            BANK + "lessons.yaml:5:12: error: lessons[1].title must not be empty [schema]");
  }
}
