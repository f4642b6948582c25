package io.github.questionbank.validate;

import static io.github.questionbank.testing.BankFixture.BANK;
import static io.github.questionbank.testing.BankFixture.WHAT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.RealBank;
import io.github.questionbank.testing.RealBankContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Positions are file positions: front matter keys count from the file's first line, CRLF and a byte
 * order mark change nothing, and a mistake in a copy of the real bank is found where it is.
 */
class PositionsTest {

  /** A question with a mistake on each front matter line and two in its answer. */
  private static final String FAULTY =
      String.join(
          "\n",
          "---",
          "dificulty: LOW",
          "id: What_Is It",
          "lessons: [\"01\", \"99\"]",
          "question: What is it?",
          "---",
          "First line.",
          "",
          "Has <b>tag</b> and ![x](img/none.png)",
          "");

  private static final List<String> FAULTY_LINES =
      List.of(
          BANK
              + "bank.yaml:6:5: warning: section 'advanced' has no questions: add files to"
              + " questions/advanced/ [empty-section]",
          BANK
              + "lessons.yaml:6:5: warning: lesson '03' is not used by any question: add it to a"
              + " question's lessons or remove it [unused-lesson]",
          BANK
              + WHAT
              + ":1:1: error: missing required key 'difficulty' in front matter: add"
              + " difficulty with LOW, MEDIUM or HIGH [schema]",
          BANK
              + WHAT
              + ":2:1: error: unknown key 'dificulty' in front matter (did you mean"
              + " 'difficulty'?); allowed keys: id, difficulty, lessons, tags, question, draft"
              + " [schema]",
          BANK
              + WHAT
              + ":3:5: error: id 'What_Is It' is not kebab-case (lowercase letters, digits"
              + " and single hyphens): try 'what-is-it' [schema]",
          BANK + WHAT + ":4:17: error: lesson '99' is not in lessons.yaml [unknown-lesson]",
          BANK
              + WHAT
              + ":9:5: error: raw HTML '<b>': write Markdown instead: `**` makes bold"
              + " [raw-html]",
          BANK
              + WHAT
              + ":9:20: error: image 'img/none.png' does not exist (paths are relative to"
              + " the question file) [missing-image]");

  @TempDir Path project;

  @Test
  void frontMatterKeysAndAnswerLinesAreFilePositions() throws Exception {
    assertThat(faultyBank(text -> text).lines()).containsExactlyElementsOf(FAULTY_LINES);
  }

  @Test
  void crlfAndByteOrderMarkGiveTheSamePositions() throws Exception {
    List<String> lf = faultyBank(text -> text).lines();

    assertThat(faultyBank(PositionsTest::crlf).lines()).isEqualTo(lf);
    assertThat(faultyBank(text -> "\uFEFF" + text).lines()).isEqualTo(lf);
    assertThat(faultyBank(text -> "\uFEFF" + crlf(text)).lines()).isEqualTo(lf);
  }

  @Test
  void encodingErrorPositionIgnoresCrlfAndByteOrderMark() throws Exception {
    String text = BankFixture.question("what-is-it", "LOW", "[\"01\"]", "What?", "Un caf\u00e9.");
    String expected = BANK + WHAT + ":7:7: error: byte 0xE9";

    for (String variant : List.of(text, crlf(text), "\uFEFF" + text, "\uFEFF" + crlf(text))) {
      byte[] bytes = variant.replace("\uFEFF", "").getBytes(StandardCharsets.ISO_8859_1);
      if (variant.startsWith("\uFEFF")) {
        bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
      }
      assertThat(BankFixture.minimal(project).with(WHAT, bytes).lines())
          .singleElement()
          .asString()
          .startsWith(expected);
    }
  }

  @Test
  void mistakeInEveryRealQuestionFileIsFoundAtItsDifficulty() throws Exception {
    Path bank = RealBank.copyInto(project);
    List<String> expected = new ArrayList<>();
    for (Path file : RealBank.questionFiles(bank)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      int line = indexOfPrefix(lines, "difficulty: ");
      lines.set(line, "difficulty: Hard");
      Files.write(file, lines, StandardCharsets.UTF_8);
      expected.add(
          display(file)
              + ":"
              + (line + 1)
              + ":13: error: difficulty 'Hard' is not one of LOW,"
              + " MEDIUM, HIGH [schema]");
    }

    assertThat(expected).hasSize(RealBankContent.real().count());
    assertThat(validate()).containsExactlyElementsOf(expected);
  }

  @Test
  void rawHtmlAddedToEveryRealAnswerIsFoundOnItsLine() throws Exception {
    Path bank = RealBank.copyInto(project);
    List<String> expected = new ArrayList<>();
    for (Path file : RealBank.questionFiles(bank)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      lines.add("");
      lines.add("Line<br>break");
      Files.write(file, lines, StandardCharsets.UTF_8);
      expected.add(
          display(file)
              + ":"
              + lines.size()
              + ":5: error: raw HTML '<br>': write Markdown instead: a backslash or two"
              + " spaces at the end of the line make a line break [raw-html]");
    }

    assertThat(validate()).containsExactlyElementsOf(expected);
  }

  @Test
  void unknownLessonInOneRealQuestionAndEmptyTitleInBankYaml() throws Exception {
    Path bank = RealBank.copyInto(project);
    Path file = RealBank.questionFiles(bank).get(40);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int lessons = indexOfPrefix(lines, "lessons: [");
    lines.set(lessons, lines.get(lessons).replace("lessons: [", "lessons: [\"11\", "));
    Files.write(file, lines, StandardCharsets.UTF_8);
    Path bankYaml = bank.resolve("bank.yaml");
    List<String> bankLines = Files.readAllLines(bankYaml, StandardCharsets.UTF_8);
    int title = bankLines.indexOf("    title: Security");
    bankLines.set(title, "    title: \"\"");
    Files.write(bankYaml, bankLines, StandardCharsets.UTF_8);

    assertThat(validate())
        .containsExactly(
            BANK
                + "bank.yaml:"
                + (title + 1)
                + ":12: error: sections[2].title must not be empty"
                + " [schema]",
            display(file)
                + ":"
                + (lessons + 1)
                + ":11: error: lesson '11' is not in lessons.yaml"
                + " (did you mean '01'?) [unknown-lesson]");
  }

  private BankFixture faultyBank(UnaryOperator<String> variant) {
    return BankFixture.minimal(project)
        .without(BankFixture.HOW)
        .with("bank.yaml", variant.apply(BankFixture.BANK_YAML))
        .with(
            "lessons.yaml",
            variant.apply(BankFixture.LESSONS_YAML + "  - id: \"03\"\n    title: Third\n"))
        .with(WHAT, variant.apply(FAULTY));
  }

  private List<String> validate() throws IOException {
    return BankFixture.lines(
        new Validation()
            .validate(
                new ValidationRequest(project, project.resolve("src/bank"), Optional.empty())));
  }

  private String display(Path file) {
    return project.relativize(file).toString().replace('\\', '/');
  }

  private static int indexOfPrefix(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }

  private static String crlf(String text) {
    return text.replace("\n", "\r\n");
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
