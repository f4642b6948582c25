package io.github.questionbank.export.xlsx;

import io.github.questionbank.export.spi.QuestionRendering;
import io.github.questionbank.export.xlsx.CellWriter.Look;
import io.github.questionbank.markdown.ParsedQuestion;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.markdown.PlainText;
import io.github.questionbank.markdown.StyledText;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.select.Pack;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The sheet a reader filters and sorts: one row per question, in the pack's order, under a bold
 * header row that stays in view and carries the autofilter.
 *
 * <p>Rows are written once, top to bottom, through the {@code ss.usermodel} interfaces only, so
 * that a streaming workbook (SXSSF) can take over for very large banks.
 */
final class QuestionsSheet {

  static final String NAME = "Questions";

  /** A column: its header and its width in characters. */
  record Column(String header, int width) {}

  static final List<Column> COLUMNS =
      List.of(
          new Column("#", 6),
          new Column("Section", 22),
          new Column("Difficulty", 11),
          new Column("Lessons", 10),
          new Column("Tags", 24),
          new Column("ID", 30),
          new Column("Question", 50),
          new Column("Answer", 100),
          new Column("Source file", 50));

  /** Excel's tallest row. */
  private static final float MAX_ROW_HEIGHT = 409f;

  private static final float LINE_HEIGHT = 15f;

  private QuestionsSheet() {}

  /**
   * A row tall enough for its wrapped question and answer. Spreadsheet programs do not all size
   * wrapped rows when they open a file (LibreOffice draws them one line high), so the row says it.
   */
  static float height(String question, String answer) {
    int lines =
        Math.max(lines(question, COLUMNS.get(6).width()), lines(answer, COLUMNS.get(7).width()));
    return Math.min(MAX_ROW_HEIGHT, Math.max(1, lines) * LINE_HEIGHT + 3f);
  }

  /** How many lines a text takes in a column of this many characters, wrapping at words. */
  static int lines(String text, int width) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      // Proportional fonts fit a few more characters than the width: 1.1 per character unit.
      lines += Math.max(1, (int) Math.ceil(paragraph.length() / (width * 1.1)));
    }
    return lines;
  }

  static void write(Sheet sheet, Pack pack, ParsedQuestions parsed, CellWriter cells) {
    Row header = sheet.createRow(0);
    for (int column = 0; column < COLUMNS.size(); column++) {
      cells.text(header, column, COLUMNS.get(column).header(), Look.HEADER);
      // Excel measures widths in 1/256 of a character.
      sheet.setColumnWidth(column, COLUMNS.get(column).width() * 256);
    }

    int number = 0;
    for (Section section : pack.sections()) {
      for (Question question : section.questions()) {
        number++;
        ParsedQuestion text = QuestionRendering.of(question, () -> parsed.get(question));
        String questionText =
            QuestionRendering.of(question, () -> PlainText.of(text.questionText()));
        StyledText answer = QuestionRendering.of(question, () -> PlainText.styled(text.answer()));
        Row row = sheet.createRow(number);
        cells.number(row, 0, number, Look.TEXT);
        cells.text(row, 1, section.title(), Look.TEXT);
        cells.text(row, 2, question.difficulty().name(), Look.TEXT);
        cells.text(row, 3, String.join(", ", question.lessons()), Look.TEXT);
        cells.text(row, 4, String.join(", ", question.tags()), Look.TEXT);
        cells.text(row, 5, question.id(), Look.TEXT);
        cells.text(row, 6, questionText, Look.WRAPPED);
        cells.text(row, 7, answer, Look.WRAPPED);
        cells.text(row, 8, question.file(), Look.TEXT);
        row.setHeightInPoints(height(questionText, answer.text()));
      }
    }

    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, number, 0, COLUMNS.size() - 1));
    // On paper: landscape, with the header row repeated on every page.
    sheet.getPrintSetup().setLandscape(true);
    // Every column on one page width; as many pages down as the answers need.
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
  }
}
