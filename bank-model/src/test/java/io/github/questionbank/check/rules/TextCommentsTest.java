package io.github.questionbank.check.rules;

import static io.github.questionbank.testing.BankFixture.WHAT;
import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** {@code yaml-comment}: a {@code #} after an unquoted text drops the rest of its line. */
class TextCommentsTest {

  private static final String DEADLOCK =
      "Two transactions deadlock on the same two rows #locking. Why, and how do you prevent it?";

  @TempDir Path project;

  @Test
  void aCommentAfterTheQuestionIsAWarningAtTheHashWithTheQuotedForm() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(WHAT, question("what-is-it", "LOW", "[\"01\"]", DEADLOCK, "An answer."));

    assertThat(bank.lines())
        .containsExactly(
            "src/bank/questions/basics/010-what.md:5:58: warning: ' #' starts a YAML comment, so"
                + " the rest of the line is dropped and the question reads 'Two transactions"
                + " deadlock on the same two rows': quote the whole value to keep it, question:"
                + " \"Two transactions deadlock on the same two rows #locking. Why, and how do you"
                + " prevent it?\" [yaml-comment]");
  }

  @Test
  void theQuotedFormValidatesClean() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(
                WHAT,
                question("what-is-it", "LOW", "[\"01\"]", "\"" + DEADLOCK + "\"", "An answer."));

    assertThat(bank.lines()).isEmpty();
    assertThat(bank.validate().bank().orElseThrow().questions())
        .anyMatch(q -> DEADLOCK.equals(q.question()));
  }

  @Test
  void everyProseValueOfBankAndLessonsIsWatched() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(
                "bank.yaml",
                """
                id: mini-bank # the id: silent
                title: Mini Bank #1
                subtitle: Lesson 01 # C# edition
                description: A bank # for you
                instructions: Work # hard
                sections:
                  - id: basics
                    title: Basics # and more
                  - id: advanced
                    title: "Advanced" # quoted: silent
                """)
            .with(
                "lessons.yaml",
                """
                lessons:
                  - id: "01"
                    title: First #1 lesson
                  - id: "02"
                    title: |
                      Second # a block scalar keeps this
                """);

    assertThat(bank.lines())
        .extracting(line -> line.substring(0, line.indexOf(": warning")))
        .containsExactly(
            "src/bank/bank.yaml:2:18",
            "src/bank/bank.yaml:3:21",
            "src/bank/bank.yaml:4:21",
            "src/bank/bank.yaml:5:20",
            "src/bank/bank.yaml:8:19",
            "src/bank/lessons.yaml:3:18");
    assertThat(bank.lines()).allMatch(line -> line.endsWith("[yaml-comment]"));
  }

  @Test
  void commentsOnTheirOwnLineOrAfterKeysThatAreNotProseStaySilent() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(
                WHAT,
                """
                ---
                # a comment line
                id: what-is-it # the id
                difficulty: LOW # easy
                lessons: ["01"] # the first
                tags: [basics] # one tag
                question: What is it?
                # another comment line
                ---
                An answer with a # that is Markdown.
                """);

    assertThat(bank.lines()).isEmpty();
  }

  @Test
  void aQuestionThatIsAllCommentIsNamedEmpty() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(WHAT, question("what-is-it", "LOW", "[\"01\"]", "#1 question?", "An answer."));

    assertThat(bank.lines())
        .contains(
            "src/bank/questions/basics/010-what.md:5:11: warning: ' #' starts a YAML comment, so"
                + " the rest of the line is dropped and the question is empty: quote the whole"
                + " value to keep it, question: \"#1 question?\" [yaml-comment]");
  }

  /**
   * The quoted form the warning suggests is YAML that reads as the whole line: loaded with
   * SnakeYAML, it gives the value and the comment's text together, also for a value over several
   * lines, with quotes, backslashes, tabs or emoji.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Why #1?",
        "Say \"hi\" and C:\\temp #tmp",
        "Tabs\tinside #x",
        "Emoji \uD83D\uDE80 first #rocket",
        "first\n\n  second #x",
        "first\n  second\n  third\t#x y"
      })
  void theSuggestedFormIsValidYamlThatKeepsTheWholeLine(String value) throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(WHAT, question("what-is-it", "LOW", "[\"01\"]", value, "An answer."));

    List<String> lines = bank.lines();

    assertThat(lines).hasSize(1);
    String line = lines.get(0);
    assertThat(line).doesNotContain("\n");
    String suggested =
        line.substring(line.indexOf("keep it, ") + "keep it, ".length(), line.lastIndexOf(" ["));
    Map<String, Object> read = new Yaml().load(suggested);
    String valueAlone =
        new Yaml().<Map<String, Object>>load("question: " + value).get("question").toString();
    String comment = value.substring(value.lastIndexOf('#'));
    assertThat((String) read.get("question")).startsWith(valueAlone).endsWith(comment);
  }

  /** Columns count UTF-16 units, as every other column and SARIF do: an emoji counts two. */
  @Test
  void theColumnCountsAnEmojiAsTwoUnits() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(
                WHAT,
                question("what-is-it", "LOW", "[\"01\"]", "Emoji \uD83D\uDE80 first #x", "A."));

    assertThat(bank.lines())
        .singleElement()
        .asString()
        .startsWith(BankFixture.BANK + WHAT + ":5:26:");
  }
}
