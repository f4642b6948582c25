package io.github.questionbank.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers YAML reads as infinite or not-a-number ({@code 1e99999}, {@code .inf}, {@code -.inf},
 * {@code .nan}) in place of any value of any bank file: each is a {@code schema} error at its own
 * line and column, like any other wrong value. Such a number once crashed the schema validator and
 * ended the whole run without a single diagnostic.
 */
class NonFiniteNumbersTest {

  private static final List<String> NUMBERS = List.of("1e99999", ".inf", "-.inf", ".nan");

  @TempDir Path project;

  /**
   * A file, the line to put in it (with {@code %s} for the number) in place of the line that starts
   * the same way, and where the number then stands.
   */
  private record Case(String file, String line, int lineNumber, int column) {
    @Override
    public String toString() {
      return file + ": " + line.strip();
    }
  }

  static Stream<Arguments> everyValue() {
    List<Case> cases =
        List.of(
            new Case(BankFixture.WHAT, "id: %s", 2, 5),
            new Case(BankFixture.WHAT, "difficulty: %s", 3, 13),
            new Case(BankFixture.WHAT, "lessons: %s", 4, 10),
            new Case(BankFixture.WHAT, "lessons: [%s]", 4, 11),
            new Case(BankFixture.WHAT, "question: %s", 5, 11),
            new Case(BankFixture.WHAT, "tags: [%s]", 5, 8),
            new Case("bank.yaml", "id: %s", 1, 5),
            new Case("bank.yaml", "title: %s", 2, 8),
            new Case("bank.yaml", "subtitle: %s", 2, 11),
            new Case("bank.yaml", "description: %s", 2, 14),
            new Case("bank.yaml", "instructions: %s", 2, 15),
            new Case("bank.yaml", "prerequisites: [%s]", 2, 17),
            new Case("bank.yaml", "  - id: %s", 4, 9),
            new Case("bank.yaml", "    title: %s", 5, 12),
            new Case("lessons.yaml", "  - id: %s", 2, 9),
            new Case("lessons.yaml", "    title: %s", 3, 12));
    List<Arguments> arguments = new ArrayList<>();
    for (Case c : cases) {
      for (String number : NUMBERS) {
        arguments.add(Arguments.of(c, number));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("everyValue")
  void isASchemaErrorAtItsValue(Case c, String number) throws Exception {
    BankFixture bank = BankFixture.minimal(project);
    bank.with(c.file(), replaceLine(bank.text(c.file()), c, number));

    List<String> lines = bank.lines();

    assertThat(lines)
        .as("the value of %s", c)
        .anyMatch(
            line ->
                line.startsWith(
                        BankFixture.BANK + c.file() + ":" + c.lineNumber() + ":" + c.column() + ":")
                    && line.contains(number)
                    && line.endsWith("[schema]"));
    assertThat(lines).noneMatch(line -> line.endsWith("[internal-error]"));
  }

  /** Replaces the line of the case (or inserts it there, for keys the fixture does not have). */
  private static String replaceLine(String text, Case c, String number) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    String key = c.line().substring(0, c.line().indexOf(':') + 1);
    int index = c.lineNumber() - 1;
    String value = c.line().formatted(number);
    if (lines.get(index).startsWith(key)) {
      lines.set(index, value);
    } else {
      lines.add(index, value);
    }
    return String.join("\n", lines);
  }
}
