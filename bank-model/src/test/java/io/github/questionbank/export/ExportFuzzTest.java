package io.github.questionbank.export;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.questionbank.export.pdf.HandoutPdfExporter;
import io.github.questionbank.export.pdf.PracticePdfExporter;
import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.export.xlsx.WorkbookExporter;
import io.github.questionbank.incremental.ExportRecord;
import io.github.questionbank.incremental.ValidationRecord;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.FuzzBank;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes a whole small bank through validation and the PDF (handout and practice) and workbook
 * writers. The input is text: parts separated by a line {@code %%}. The first part is the bank's
 * title, subtitle and instructions (one line each) and its description (the rest); each further
 * part, up to {@value #MAX_QUESTIONS}, is a question: its text on the first line, its Markdown
 * answer below. The harness writes them as bank.yaml and question files (quoted YAML, so that most
 * inputs are valid and reach the writers), and exports the bank.
 *
 * <p>A finding is an exception, a diagnostic (from validation or from writing) without a place in a
 * bank file or a rule, an {@code internal-error} diagnostic, or a hang. Without {@code JAZZER_FUZZ}
 * this replays {@code ExportFuzzTestInputs/export/}, made from the real bank's questions; {@code
 * bank-model/fuzz.sh ExportFuzzTest 20m} fuzzes it.
 */
class ExportFuzzTest {

  static final int MAX_QUESTIONS = 4;
  private static final String SEPARATOR = "\n%%\n";
  private static final String[] DIFFICULTIES = {"LOW", "MEDIUM", "HIGH"};
  private static final List<String> FORMATS =
      List.of(HandoutPdfExporter.FORMAT, PracticePdfExporter.FORMAT, WorkbookExporter.FORMAT);

  private static final FuzzBank BANK =
      FuzzBank.of(
          project ->
              BankFixture.empty(project)
                  .with("lessons.yaml", BankFixture.LESSONS_YAML)
                  .with(FuzzBank.IMAGE, FuzzBank.tinyPng()));

  @FuzzTest
  void export(byte[] bytes) throws Exception {
    String[] parts = new String(bytes, StandardCharsets.UTF_8).split(SEPARATOR, -1);
    if (parts.length < 2) {
      return; // no question: the whole-bank pack would select nothing, a configuration error
    }
    String[] header = parts[0].split("\n", 4);
    BANK.write(
        "bank.yaml",
        utf8(
            "id: fuzzed-bank\ntitle: "
                + quoted(line(header, 0))
                + "\nsubtitle: "
                + quoted(line(header, 1))
                + "\ninstructions: "
                + quoted(line(header, 2))
                + "\ndescription: "
                + quoted(line(header, 3))
                + "\nprerequisites: [\"01\"]\nsections:\n"
                + "  - id: basics\n    title: Basics\n"
                + "  - id: advanced\n    title: Advanced\n"));
    for (int i = 1; i <= MAX_QUESTIONS; i++) {
      String file = "questions/" + (i <= 2 ? "basics" : "advanced") + "/0" + i + "0-q.md";
      if (i < parts.length) {
        String[] question = parts[i].split("\n", 2);
        BANK.write(
            file,
            utf8(
                "---\nid: q"
                    + i
                    + "\ndifficulty: "
                    + DIFFICULTIES[(i - 1) % 3]
                    + "\nlessons: [\"01\", \"02\"]\ntags: [fuzz]\nquestion: "
                    + quoted(question[0])
                    + "\n---\n"
                    + line(question, 1)
                    + "\n"));
      } else {
        BANK.remove(file);
      }
    }
    Path output = BANK.project().resolve("target/bank");
    Path state = BANK.project().resolve("target/bank-state");
    // No record of an earlier validation or export: every execution checks and writes everything.
    Files.deleteIfExists(state.resolve(ExportRecord.FILE));
    Files.deleteIfExists(state.resolve(ValidationRecord.FILE));

    ExportResult result =
        new Export()
            .export(
                new ExportRequest(
                    BANK.project(),
                    BANK.bankDirectory(),
                    output,
                    List.of(),
                    FORMATS,
                    ExportRun.TIMESTAMP,
                    PageSize.A4,
                    false,
                    ExportListener.NONE,
                    state),
                Optional.empty());

    BANK.assertWellFormed(result.validation().diagnostics());
    BANK.assertWellFormed(result.findings());
  }

  private static String line(String[] lines, int index) {
    return index < lines.length ? lines[index] : "";
  }

  /**
   * A YAML double-quoted scalar holding exactly {@code text}: what YAML cannot hold as it is
   * (control characters, a byte order mark, lone surrogates) is written as an escape.
   */
  static String quoted(String text) {
    StringBuilder yaml = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                yaml.append('\\').appendCodePoint(c);
              } else if (printable(c)) {
                yaml.appendCodePoint(c);
              } else if (c <= 0xFFFF) {
                yaml.append(String.format("\\u%04x", c));
              } else {
                yaml.append(String.format("\\U%08x", c));
              }
            });
    return yaml.append('"').toString();
  }

  /** YAML's printable characters, less the byte order mark. */
  private static boolean printable(int c) {
    return (c >= 0x20 && c <= 0x7E)
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
        || c >= 0x10000;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
