package io.github.questionbank.export.xlsx;

import io.github.questionbank.markdown.StyledText;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Puts values into cells the way the whole workbook wants them, with one set of styles shared by
 * every cell (a style per cell would bloat the file and hit Excel's 64,000-style limit).
 *
 * <p>Every value is a string or a number, never a formula: strings go in as text cells, so an
 * answer that starts with {@code =} cannot run. Such a cell also gets Excel's "quote prefix", so
 * that a reader who edits it and presses Enter does not turn it into a formula either.
 */
final class CellWriter {

  /** Excel's limit for the text of one cell; POI refuses longer strings. */
  static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private static final Pattern ESCAPE_LIKE = Pattern.compile("_x[0-9A-Fa-f]{4}_");

  static final String TRUNCATED =
      "\n\n[... truncated: a spreadsheet cell holds at most 32,767 characters; the full text is"
          + " in the source file]";

  /** How a cell looks. */
  enum Look {
    /** Bold on a grey band: the header row of a table. */
    HEADER,
    /** Bold: a table's title or its totals. */
    BOLD,
    /** Top-aligned, so that a row's short cells line up with the start of its long ones. */
    TEXT,
    /** Top-aligned and wrapped: questions and answers. */
    WRAPPED
  }

  /**
   * The font of code: Courier New, which every spreadsheet program has or maps (LibreOffice to the
   * metric-compatible Liberation Mono), so indentation lines up anywhere.
   */
  static final String CODE_FONT = "Courier New";

  private final Map<Look, CellStyle> styles = new EnumMap<>(Look.class);
  private final Map<Look, CellStyle> quoted = new EnumMap<>(Look.class);

  CellWriter(Workbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    for (Look look : Look.values()) {
      styles.put(look, style(workbook, look, bold, false));
      quoted.put(look, style(workbook, look, bold, true));
    }
  }

  /** Writes a text cell; an empty text leaves the cell blank. */
  void text(Row row, int column, String value, Look look) {
    if (value.isEmpty()) {
      return;
    }
    Cell cell = row.createCell(column);
    String text = fit(escape(value));
    cell.setCellValue(text);
    cell.setCellStyle(startsLikeFormula(text) ? quoted.get(look) : styles.get(look));
  }

  /**
   * Text whose code ranges are set in {@link #CODE_FONT}: a rich text cell, whose runs {@link
   * RichInlineStrings} writes from the marks around the code.
   */
  void text(Row row, int column, StyledText value, Look look) {
    if (value.code().isEmpty()) {
      text(row, column, value.text(), look);
      return;
    }
    if (value.text().isEmpty()) {
      return;
    }
    // Escaped a part at a time, the code between marks that RichInlineStrings writes as runs.
    RichText rich = new RichText();
    int at = 0;
    for (StyledText.Range range : value.code()) {
      rich.add(value.text().substring(at, range.start()), false);
      rich.add(value.text().substring(range.start(), range.end()), true);
      at = range.end();
    }
    rich.add(value.text().substring(at), false);
    Cell cell = row.createCell(column);
    cell.setCellValue(rich.text.toString());
    cell.setCellStyle(startsLikeFormula(value.text()) ? quoted.get(look) : styles.get(look));
  }

  /**
   * A cell's text with its code between {@link RichInlineStrings#CODE_START} and {@link
   * RichInlineStrings#CODE_END}, escaped as {@link #escape} does, cut where {@link #fit} cuts.
   */
  private static final class RichText {
    private final StringBuilder text = new StringBuilder();
    private int length;

    void add(String plain, boolean isCode) {
      int room = MAX_TEXT - TRUNCATED.length() - length;
      if (plain.isEmpty() || room <= 0) {
        return;
      }
      String part = plain;
      boolean cut = false;
      if (part.length() > room) {
        int end = Character.isHighSurrogate(part.charAt(room - 1)) ? room - 1 : room;
        part = part.substring(0, end);
        cut = true;
      }
      if (isCode) {
        text.append(RichInlineStrings.CODE_START)
            .append(escape(part))
            .append(RichInlineStrings.CODE_END);
      } else {
        text.append(escape(part));
      }
      length += part.length();
      if (cut) {
        text.append(TRUNCATED);
        length = MAX_TEXT;
      }
    }
  }

  void number(Row row, int column, long value, Look look) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(styles.get(look));
  }

  /** Cuts text that Excel cannot hold, and says so in the cell rather than failing the export. */
  static String fit(String value) {
    if (value.length() <= MAX_TEXT) {
      return value;
    }
    int end = MAX_TEXT - TRUNCATED.length();
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + TRUNCATED;
  }

  /**
   * Escapes what a cell's XML cannot carry as it is. Spreadsheet XML writes a character as {@code
   * _xHHHH_}, and readers decode every such sequence: a literal {@code _x0041_} in an answer would
   * read as "A" unless its underscore is escaped ({@code _x005F_}). Control characters are not
   * allowed in XML at all (POI would write "?"), so they go in escaped too.
   */
  static String escape(String value) {
    StringBuilder escaped = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String replacement = null;
      if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF) {
        replacement = String.format("_x%04X_", (int) c);
      } else if (c == '_' && ESCAPE_LIKE.matcher(value).region(i, value.length()).lookingAt()) {
        replacement = "_x005F_";
      }
      if (replacement != null) {
        if (escaped == null) {
          escaped = new StringBuilder(value.length() + 16).append(value, 0, i);
        }
        escaped.append(replacement);
      } else if (escaped != null) {
        escaped.append(c);
      }
    }
    return escaped == null ? value : escaped.toString();
  }

  /** What spreadsheet programs read as the start of a formula when a user types it. */
  static boolean startsLikeFormula(String text) {
    return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
  }

  private static CellStyle style(Workbook workbook, Look look, Font bold, boolean quotePrefixed) {
    CellStyle style = workbook.createCellStyle();
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setQuotePrefixed(quotePrefixed);
    switch (look) {
      case HEADER -> {
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      }
      case BOLD -> style.setFont(bold);
      case WRAPPED -> style.setWrapText(true);
      case TEXT -> {}
    }
    return style;
  }
}
