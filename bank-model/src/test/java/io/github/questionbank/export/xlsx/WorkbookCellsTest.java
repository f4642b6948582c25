package io.github.questionbank.export.xlsx;

import static io.github.questionbank.export.xlsx.WorkbookTesting.TIMESTAMP;
import static io.github.questionbank.testing.BankFixture.HOW;
import static io.github.questionbank.testing.BankFixture.WHAT;
import static io.github.questionbank.testing.BankFixture.WHY;
import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.model.Bank;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What authors can write that a spreadsheet could misread: formulas, long texts, rich Markdown. */
class WorkbookCellsTest {

  private static final int QUESTION = 6;
  private static final int ANSWER = 7;

  @TempDir Path project;
  @TempDir Path output;

  @Test
  void textThatLooksLikeAFormulaStaysText() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with("bank.yaml", BankFixture.BANK_YAML.replace("title: Basics", "title: \"=Basics\""))
            .with(
                WHAT,
                question(
                    "what-is-it",
                    "LOW",
                    "[\"01\"]",
                    "\"=1+1\"",
                    "=HYPERLINK(\"https://evil.example\", \"click\")"))
            .with(WHY, question("why-use-it", "MEDIUM", "[\"01\"]", "\"-2+3\"", "@SUM(A1:A9)"))
            .with(
                HOW,
                question("how-does-it-work", "HIGH", "[\"02\"]", "\"+1\"", "+cmd|' /C calc'!A0"));

    try (XSSFWorkbook workbook = export(bank)) {
      Sheet sheet = workbook.getSheet("Questions");
      assertFormulaLikeText(sheet.getRow(1).getCell(QUESTION), "=1+1");
      assertFormulaLikeText(
          sheet.getRow(1).getCell(ANSWER), "=HYPERLINK(\"https://evil.example\", \"click\")");
      assertFormulaLikeText(sheet.getRow(1).getCell(1), "=Basics");
      assertFormulaLikeText(sheet.getRow(2).getCell(QUESTION), "-2+3");
      assertFormulaLikeText(sheet.getRow(2).getCell(ANSWER), "@SUM(A1:A9)");
      assertFormulaLikeText(sheet.getRow(3).getCell(QUESTION), "+1");
      assertFormulaLikeText(sheet.getRow(3).getCell(ANSWER), "+cmd|' /C calc'!A0");
      assertFormulaLikeText(workbook.getSheet("Summary").getRow(2).getCell(1), "=Basics");

      Cell ordinary = sheet.getRow(1).getCell(5);
      assertThat(ordinary.getStringCellValue()).isEqualTo("what-is-it");
      assertThat(ordinary.getCellStyle().getQuotePrefixed()).isFalse();
      // The quoted twin of a style keeps the look: wrapped like every answer.
      assertThat(sheet.getRow(1).getCell(ANSWER).getCellStyle().getWrapText()).isTrue();

      for (Sheet any : workbook) {
        for (Row row : any) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
    }
  }

  @Test
  void answerIsReadablePlainText() throws Exception {
    String answer =
        """
        An **idempotent** call, see `PUT` &amp; [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110) \
        or <https://example.com/a>.

        1. First step
        2. Second step

           with a second paragraph
        3. Third, with a list:
           - nested *one*
           - nested two

        > A quoted
        > remark

        | Method | Safe |
        |--------|------|
        | GET    | yes  |
        | POST   | no   |

        ```http
        PUT /orders/42 HTTP/1.1
          If-Match: "v7"
        ```

        Escaped \\*stars\\* and [a note] stay as written.\
        """;
    BankFixture bank =
        BankFixture.minimal(project)
            .with(WHAT, question("what-is-it", "LOW", "[\"01\"]", "What is *it*?", answer));

    try (XSSFWorkbook workbook = export(bank)) {
      Row row = workbook.getSheet("Questions").getRow(1);
      assertThat(row.getCell(QUESTION).getStringCellValue()).isEqualTo("What is it?");
      assertThat(row.getCell(ANSWER).getStringCellValue())
          .isEqualTo(
              """
              An idempotent call, see PUT & RFC 9110 (https://www.rfc-editor.org/rfc/rfc9110) \
              or https://example.com/a.

              1. First step
              2. Second step
                 with a second paragraph
              3. Third, with a list:
                 - nested one
                 - nested two

              > A quoted remark

              Method | Safe
              GET | yes
              POST | no

              PUT /orders/42 HTTP/1.1
                If-Match: "v7"

              Escaped *stars* and [a note] stay as written.\
              """);
    }
  }

  @Test
  void textReadsBackAsWrittenEvenWhereItLooksLikeAnEscapeOrHoldsControlCharacters()
      throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .withAnswer("Keep `_x0041_` and `_X00e9_`, ring \u0007 and feed \f here.");

    try (XSSFWorkbook workbook = export(bank)) {
      Row row = workbook.getSheet("Questions").getRow(1);
      assertThat(row.getCell(ANSWER).getStringCellValue())
          .isEqualTo("Keep _x0041_ and _X00e9_, ring \u0007 and feed \f here.");
      // No tags: a blank cell, not an empty text.
      assertThat(row.getCell(4)).isNull();
    }
    assertThat(CellWriter.escape("plain_text_x12_")).isEqualTo("plain_text_x12_");
    assertThat(CellWriter.escape("a_x0041_b\r")).isEqualTo("a_x005F_x0041_b_x000D_");
  }

  @Test
  void textLongerThanACellHoldsIsCutWithANote() throws Exception {
    String answer = "word ".repeat(10_000).strip();
    BankFixture bank = BankFixture.minimal(project).withAnswer(answer);

    try (XSSFWorkbook workbook = export(bank)) {
      String cell = workbook.getSheet("Questions").getRow(1).getCell(ANSWER).getStringCellValue();
      // Small assertions only: a failure message must not print 32,767 characters.
      assertThat(cell.length()).isBetween(32_000, CellWriter.MAX_TEXT);
      assertThat(cell.substring(0, 20)).isEqualTo("word word word word ");
      assertThat(cell.substring(cell.length() - CellWriter.TRUNCATED.length()))
          .isEqualTo(CellWriter.TRUNCATED)
          .contains("truncated", "source file");
    }
  }

  @Test
  void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
    int end = CellWriter.MAX_TEXT - CellWriter.TRUNCATED.length();
    String text = "a".repeat(end - 1) + "\uD83D\uDE00" + "b".repeat(CellWriter.TRUNCATED.length());
    assertThat(text.length()).isGreaterThan(CellWriter.MAX_TEXT);

    String cut = CellWriter.fit(text);

    assertThat(cut.length()).isEqualTo(CellWriter.MAX_TEXT - 1);
    assertThat(cut.substring(end - 3, end - 1)).isEqualTo("aa");
    assertThat(cut.substring(end - 1)).isEqualTo(CellWriter.TRUNCATED);
    assertThat(CellWriter.fit("short")).isEqualTo("short");
    String exactlyFull = "x".repeat(CellWriter.MAX_TEXT);
    assertThat(CellWriter.fit(exactlyFull)).isSameAs(exactlyFull);
  }

  private XSSFWorkbook export(BankFixture fixture) throws Exception {
    fixture.write();
    Bank bank = WorkbookTesting.bank(project);
    return WorkbookTesting.open(
        WorkbookTesting.export(WorkbookTesting.wholeBank(bank), output, TIMESTAMP));
  }

  private static void assertFormulaLikeText(Cell cell, String text) {
    assertThat(cell.getCellType()).as("%s", cell.getAddress()).isEqualTo(CellType.STRING);
    assertThat(cell.getStringCellValue()).isEqualTo(text);
    assertThat(cell.getCellStyle().getQuotePrefixed())
        .as("%s is marked as text for editing too", cell.getAddress())
        .isTrue();
  }
}
