package io.github.questionbank.export.xlsx;

import static io.github.questionbank.export.xlsx.WorkbookTesting.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.model.Bank;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRElt;

/** Code in the workbook, read back with POI: set in a monospace font, prose not. */
class WorkbookCodeFontTest {

  private static final int ANSWER = 7;

  @TempDir Path project;
  @TempDir Path output;

  @Test
  void codeBlocksAndCodeSpansAreInTheCodeFontAndProseIsNot() throws Exception {
    BankFixture.minimal(project)
        .withAnswer(
            "Call `find(id)` like this:\n\n```java\nif (x) {\n    return _x0041_;\n}\n```\n\nDone.")
        .write();
    Bank bank = WorkbookTesting.bank(project);

    try (XSSFWorkbook workbook =
        WorkbookTesting.open(
            WorkbookTesting.export(WorkbookTesting.wholeBank(bank), output, TIMESTAMP))) {
      XSSFRichTextString answer =
          workbook.getSheet("Questions").getRow(1).getCell(ANSWER).getRichStringCellValue();

      assertThat(answer.getString())
          .isEqualTo("Call find(id) like this:\n\nif (x) {\n    return _x0041_;\n}\n\nDone.");
      assertThat(runsInFont(answer, CellWriter.CODE_FONT))
          .containsExactly("find(id)", "if (x) {", "    return _x0041_;", "}");
    }
  }

  /**
   * The texts of the runs set in {@code font}, read from the cell's XML runs: POI's run offsets
   * count the _xHHHH_ escapes of the stored text, not the characters they stand for.
   */
  private static List<String> runsInFont(XSSFRichTextString text, String font) {
    List<String> runs = new ArrayList<>();
    for (CTRElt run : text.getCTRst().getRArray()) {
      if (run.isSetRPr()
          && run.getRPr().sizeOfRFontArray() > 0
          && font.equals(run.getRPr().getRFontArray(0).getVal())) {
        runs.add(new XSSFRichTextString(run.getT()).getString());
      }
    }
    return runs;
  }
}
