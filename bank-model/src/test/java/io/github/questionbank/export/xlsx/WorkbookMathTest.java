package io.github.questionbank.export.xlsx;

import static io.github.questionbank.export.xlsx.WorkbookTesting.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.model.Bank;
import io.github.questionbank.testing.MathBank;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formulas in the workbook: the TeX as the author wrote it, delimiters included. */
class WorkbookMathTest {

  private static final int QUESTION = 6;
  private static final int ANSWER = 7;

  @TempDir Path output;

  @Test
  void cellsHoldTheTexAsWritten() throws Exception {
    Bank bank = WorkbookTesting.bank(MathBank.PROJECT);
    Path file = WorkbookTesting.export(WorkbookTesting.wholeBank(bank), output, TIMESTAMP);
    try (XSSFWorkbook workbook = WorkbookTesting.open(file)) {
      List<String> questions = new ArrayList<>();
      List<String> answers = new ArrayList<>();
      for (Row row : workbook.getSheet("Questions")) {
        if (row.getRowNum() > 0) {
          questions.add(row.getCell(QUESTION).getStringCellValue());
          answers.add(row.getCell(ANSWER).getStringCellValue());
        }
      }
      assertThat(questions).contains("Why does merge sort take $O(n \\log n)$ time?");
      assertThat(String.join("\n", answers))
          .contains(
              "merges $n$ elements", "$$\nT(n) = 2\\,T\\!\\left(\\frac{n}{2}\\right) + c\\,n\n$$")
          .contains(
              "runs $i$ times for each \\(i\\)", "\\[\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\\]")
          .contains("costs $5 and $10 an hour, or $3.50 on sale")
          .contains("$a_1 * b_2 * c_3$");
    }
  }
}
