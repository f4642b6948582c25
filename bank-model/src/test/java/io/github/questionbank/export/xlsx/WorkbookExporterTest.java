package io.github.questionbank.export.xlsx;

import static io.github.questionbank.export.xlsx.WorkbookTesting.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.io.OutputStage;
import io.github.questionbank.markdown.Markdown;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.markdown.PlainText;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Difficulty;
import io.github.questionbank.model.Question;
import io.github.questionbank.select.Pack;
import io.github.questionbank.select.PackSpec;
import io.github.questionbank.testing.RealBankContent;
import io.github.questionbank.testing.RealBankContent.QuestionFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.poi.ooxml.POIXMLProperties.CoreProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook of the real bank, read back with POI as a reader's spreadsheet program would. Its
 * expected rows and counts are read from the bank's files ({@link RealBankContent}).
 */
class WorkbookExporterTest {

  private static final RealBankContent CONTENT = RealBankContent.real();

  private static final List<String> HEADER =
      List.of(
          "#",
          "Section",
          "Difficulty",
          "Lessons",
          "Tags",
          "ID",
          "Question",
          "Answer",
          "Source file");
  private static final int ANSWER = 7;

  @TempDir static Path output;

  private static Bank bank;
  private static List<Question> questions;
  private static XSSFWorkbook workbook;

  @BeforeAll
  static void exportTheRealBank() throws Exception {
    bank = WorkbookTesting.realBank();
    questions = bank.questions().toList();
    Path file = WorkbookTesting.export(WorkbookTesting.wholeBank(bank), output, TIMESTAMP);
    assertThat(file.getFileName()).hasToString("api-interview-questions.xlsx");
    workbook = WorkbookTesting.open(file);
  }

  @AfterAll
  static void close() throws Exception {
    workbook.close();
  }

  @Test
  void hasTheQuestionsAndSummarySheets() {
    assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
        .containsExactly("Questions", "Summary");
  }

  @Test
  void questionsSheetHasAHeaderAndOneRowPerQuestionInBankOrder() {
    Sheet sheet = workbook.getSheet("Questions");
    assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(HEADER);
    assertThat(questions)
        .extracting(Question::id)
        .containsExactlyElementsOf(CONTENT.questions().stream().map(QuestionFile::id).toList());
    assertThat(sheet.getLastRowNum()).isEqualTo(CONTENT.count());
    assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(CONTENT.count() + 1);

    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      Row row = sheet.getRow(i + 1);
      assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
      assertThat(texts(row).subList(1, HEADER.size()))
          .as("row %d", i + 1)
          .containsExactly(
              bank.section(question.sectionId()).orElseThrow().title(),
              question.difficulty().name(),
              String.join(", ", question.lessons()),
              String.join(", ", question.tags()),
              question.id(),
              // The right texts in the right row; what plain text looks like is tested below.
              PlainText.of(Markdown.parse(question.question())),
              PlainText.of(Markdown.parse(question.answer())),
              question.file());
    }
  }

  @Test
  void firstAndLastRowsHoldTheirQuestions() {
    Sheet sheet = workbook.getSheet("Questions");
    QuestionFile first = CONTENT.first();
    List<String> top = texts(sheet.getRow(1));
    assertThat(top.get(0)).isEqualTo("1");
    assertThat(top.get(1)).isEqualTo(CONTENT.sections().get(0).title());
    assertThat(top.get(2)).isEqualTo(first.difficulty());
    assertThat(top.get(5)).isEqualTo(first.id());
    assertThat(top.get(8)).isEqualTo(first.path());
    // One row in full, as written by hand, wherever the bank's order puts it.
    int row = CONTENT.number("what-is-an-api");
    assertThat(texts(sheet.getRow(row)))
        .containsExactly(
            String.valueOf(row),
            "Fundamentals",
            "LOW",
            "01",
            "fundamentals, contracts",
            "what-is-an-api",
            "What is an API, in one sentence?",
            "An API is a published contract that lets one piece of software ask another for a"
                + " service, defined by the shapes of the request and the response — not by the"
                + " implementation behind it. The key word is contract: the caller depends on the"
                + " interface staying stable, not on the internals staying the same.",
            "src/bank/questions/fundamentals/010-what-is-an-api.md");
    int count = CONTENT.count();
    List<String> last = texts(sheet.getRow(count));
    assertThat(last.get(0)).isEqualTo(String.valueOf(count));
    assertThat(last.get(1)).isEqualTo(CONTENT.section(CONTENT.last().section()).title());
    assertThat(last.get(2)).isEqualTo(CONTENT.last().difficulty());
    assertThat(last.get(5)).isEqualTo(CONTENT.last().id());
    assertThat(last.get(8)).isEqualTo(CONTENT.last().path());
    assertThat(sheet.getRow(count + 1)).isNull();
  }

  @Test
  void answersAreReadablePlainText() {
    Sheet sheet = workbook.getSheet("Questions");
    for (int r = 1; r <= CONTENT.count(); r++) {
      String question = sheet.getRow(r).getCell(6).getStringCellValue();
      String answer = sheet.getRow(r).getCell(ANSWER).getStringCellValue();
      assertThat(question).as("question of row %d", r).isNotBlank().doesNotContain("**", "`");
      assertThat(answer)
          .as("answer of row %d", r)
          .isNotBlank()
          .doesNotContain("**", "`", "&amp;", "\n\n\n")
          .isEqualTo(answer.strip());
    }
    // A bulleted list: one item per line, with its marker.
    assertThat(answerOf("http-methods"))
        .startsWith("- GET retrieves a resource (safe, idempotent, no body);\n- POST creates");
    // Bold and code spans lose their marks; a fenced code block stays, line by line.
    assertThat(answerOf("design-feed-pagination"))
        .startsWith("Why offset fails: OFFSET 1000000 LIMIT 20 requires the database")
        .contains("\n\nSELECT * FROM posts\nWHERE (created_at, id) < (:cursor_ts, :cursor_id)\n");
  }

  @Test
  void questionsSheetIsLaidOutForReading() {
    XSSFSheet sheet = workbook.getSheet("Questions");
    PaneInformation pane = sheet.getPaneInformation();
    assertThat(pane).isNotNull();
    assertThat(pane.isFreezePane()).isTrue();
    assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
    assertThat(pane.getVerticalSplitPosition()).isZero();
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
        .isEqualTo("A1:I" + (CONTENT.count() + 1));

    for (Cell header : sheet.getRow(0)) {
      assertThat(bold(header)).as("header %s", header).isTrue();
    }
    Cell firstAnswer = sheet.getRow(1).getCell(ANSWER);
    assertThat(bold(firstAnswer)).isFalse();
    for (int column : new int[] {6, ANSWER}) {
      Cell cell = sheet.getRow(1).getCell(column);
      assertThat(cell.getCellStyle().getWrapText()).as("column %d wraps", column).isTrue();
      assertThat(cell.getCellStyle().getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);
    }
    assertThat(sheet.getRow(1).getCell(5).getCellStyle().getVerticalAlignment())
        .isEqualTo(VerticalAlignment.TOP);

    int[] widths = IntStream.range(0, HEADER.size()).map(sheet::getColumnWidth).toArray();
    assertThat(widths[ANSWER])
        .isEqualTo(100 * 256)
        .isEqualTo(Arrays.stream(widths).max().getAsInt());
    assertThat(widths[0]).isLessThan(widths[1]);
  }

  @Test
  void everyCellIsTextOrANumber() {
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertThat(cell.getCellType())
              .as("%s!%s", sheet.getSheetName(), cell.getAddress())
              .isIn(CellType.STRING, CellType.NUMERIC);
        }
      }
    }
  }

  @Test
  void summaryCountsEachSectionByDifficulty() {
    Sheet summary = workbook.getSheet("Summary");
    assertThat(texts(summary.getRow(1)))
        .containsExactly("Section", "Title", "LOW", "MEDIUM", "HIGH", "Total");

    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    for (RealBankContent.Section section : CONTENT.sections()) {
      expected.put(section.id(), counts(section.questions()));
    }
    expected.put("Total", counts(CONTENT.questions()));

    Map<String, List<Integer>> sections = table(summary, SummarySheet.SECTIONS_TITLE);
    assertThat(sections).containsExactlyEntriesOf(expected);
    assertThat(sections.get("Total")).last().isEqualTo(CONTENT.count());
    assertThat(texts(summary.getRow(2)).get(1)).isEqualTo(CONTENT.sections().get(0).title());
  }

  @Test
  void summaryCoversEveryLessonOfTheCatalog() {
    Sheet summary = workbook.getSheet("Summary");
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    for (String lesson : CONTENT.lessons()) {
      expected.put(
          lesson,
          counts(CONTENT.questions().stream().filter(q -> q.lessons().contains(lesson)).toList()));
    }

    Map<String, List<Integer>> lessons = table(summary, SummarySheet.LESSONS_TITLE);
    assertThat(lessons).containsExactlyEntriesOf(expected);
    assertThat(lessons.keySet()).containsExactlyElementsOf(CONTENT.lessons());
    // A question with two lessons counts for both.
    int pairs = CONTENT.questions().stream().mapToInt(q -> q.lessons().size()).sum();
    assertThat(lessons.values().stream().mapToInt(counts -> counts.get(3)).sum())
        .isEqualTo(pairs)
        .isGreaterThan(CONTENT.count());
    Row first = rowStartingWith(summary, SummarySheet.LESSONS_TITLE, "01");
    assertThat(first.getCell(1).getStringCellValue()).isEqualTo(bank.lessons().get(0).title());
  }

  @Test
  void documentPropertiesDescribeThePack() {
    CoreProperties properties = workbook.getProperties().getCoreProperties();
    assertThat(properties.getTitle()).isEqualTo("API Interview Question Bank");
    assertThat(properties.getSubject()).contains(CONTENT.count() + " questions");
    assertThat(properties.getKeywords()).contains("api-interview-questions", "Security");
    assertThat(properties.getCreator()).isEqualTo("questionbank");
    assertThat(properties.getDescription()).startsWith("Eighty-plus original questions");
    assertThat(properties.getCreated()).isEqualTo(Date.from(TIMESTAMP));
    assertThat(properties.getModified()).isEqualTo(Date.from(TIMESTAMP));
  }

  @Test
  void securitySeniorPackHoldsOnlyItsHighSecurityQuestions(@TempDir Path directory)
      throws Exception {
    Pack pack =
        WorkbookTesting.select(
            bank,
            new PackSpec(
                "security-senior",
                Optional.of("Security, senior level"),
                List.of("security"),
                List.of("HIGH"),
                List.of(),
                List.of(),
                List.of()));
    List<String> expected =
        CONTENT.section("security").questions().stream()
            .filter(q -> q.difficulty().equals("HIGH"))
            .map(QuestionFile::id)
            .toList();
    assertThat(expected).isNotEmpty().hasSizeLessThan(CONTENT.count());

    Path file = WorkbookTesting.export(pack, directory, TIMESTAMP);
    assertThat(file.getFileName()).hasToString("security-senior.xlsx");
    try (XSSFWorkbook senior = WorkbookTesting.open(file)) {
      XSSFSheet sheet = senior.getSheet("Questions");
      assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
      List<List<String>> rows = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        rows.add(texts(sheet.getRow(r)));
      }
      assertThat(rows).extracting(row -> row.get(5)).containsExactlyElementsOf(expected);
      assertThat(rows).extracting(row -> row.get(1)).containsOnly("Security");
      assertThat(rows).extracting(row -> row.get(2)).containsOnly("HIGH");
      assertThat(rows)
          .extracting(row -> row.get(0))
          .containsExactlyElementsOf(
              IntStream.rangeClosed(1, expected.size()).mapToObj(String::valueOf).toList());
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A1:I" + (expected.size() + 1));

      Map<String, List<Integer>> sections =
          table(senior.getSheet("Summary"), SummarySheet.SECTIONS_TITLE);
      assertThat(sections)
          .containsExactly(
              Map.entry("security", List.of(0, 0, expected.size(), expected.size())),
              Map.entry("Total", List.of(0, 0, expected.size(), expected.size())));
      assertThat(table(senior.getSheet("Summary"), SummarySheet.LESSONS_TITLE))
          .hasSize(bank.lessons().size());
      assertThat(senior.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Security, senior level");
    }
  }

  @Test
  void writesOnlyThroughTheStage(@TempDir Path directory) throws Exception {
    WorkbookExporter exporter = new WorkbookExporter();
    Pack pack = WorkbookTesting.wholeBank(bank);
    assertThat(exporter.format()).isEqualTo("xlsx");
    try (OutputStage stage = new OutputStage(directory)) {
      exporter.export(
          pack,
          new ExportContext(
              TIMESTAMP, PageSize.A4, WorkbookTesting.CONTENT, new ParsedQuestions(), d -> {}),
          stage);
      assertThat(stage.files()).containsExactly("api-interview-questions.xlsx");
      assertThat(directory.resolve("api-interview-questions.xlsx")).doesNotExist();
    }
    try (var left = Files.list(directory)) {
      assertThat(left).as("an uncommitted export leaves nothing behind").isEmpty();
    }
  }

  private static String answerOf(String id) {
    int index = questions.stream().map(Question::id).toList().indexOf(id);
    assertThat(index).as("question %s", id).isNotNegative();
    return workbook.getSheet("Questions").getRow(index + 1).getCell(ANSWER).getStringCellValue();
  }

  /** LOW, MEDIUM, HIGH and total counts of some question files. */
  private static List<Integer> counts(List<QuestionFile> some) {
    List<Integer> counts = new ArrayList<>();
    for (Difficulty difficulty : Difficulty.values()) {
      counts.add((int) some.stream().filter(q -> q.difficulty().equals(difficulty.name())).count());
    }
    counts.add(some.size());
    return counts;
  }

  /**
   * A table of the Summary sheet: the rows under its title and header, up to the first blank row,
   * as the id in column A to the counts in columns C to F.
   */
  static Map<String, List<Integer>> table(Sheet summary, String title) {
    Map<String, List<Integer>> table = new LinkedHashMap<>();
    int r = titleRow(summary, title) + 2;
    for (Row row = summary.getRow(r); row != null; row = summary.getRow(++r)) {
      List<Integer> counts = new ArrayList<>();
      for (int c = 2; c <= 5; c++) {
        assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
        counts.add((int) row.getCell(c).getNumericCellValue());
      }
      table.put(row.getCell(0).getStringCellValue(), counts);
    }
    return table;
  }

  private static Row rowStartingWith(Sheet summary, String title, String first) {
    int r = titleRow(summary, title) + 2;
    for (Row row = summary.getRow(r); row != null; row = summary.getRow(++r)) {
      if (row.getCell(0).getStringCellValue().equals(first)) {
        return row;
      }
    }
    throw new AssertionError("no row " + first + " under " + title);
  }

  private static int titleRow(Sheet summary, String title) {
    for (Row row : summary) {
      Cell cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(title)) {
        assertThat(bold(cell)).as("title %s", title).isTrue();
        for (Cell header : summary.getRow(row.getRowNum() + 1)) {
          assertThat(bold(header)).as("header %s", header).isTrue();
        }
        return row.getRowNum();
      }
    }
    throw new AssertionError("no table titled " + title);
  }

  private static boolean bold(Cell cell) {
    return cell.getSheet().getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
  }

  /** A row's cells as text, numbers without a decimal part. */
  static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      texts.add(
          cell == null
              ? ""
              : cell.getCellType() == CellType.NUMERIC
                  ? String.valueOf((long) cell.getNumericCellValue())
                  : cell.getStringCellValue());
    }
    return texts;
  }
}
