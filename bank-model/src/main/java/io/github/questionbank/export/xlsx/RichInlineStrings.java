package io.github.questionbank.export.xlsx;

import io.github.questionbank.markdown.StyledText;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook whose inline strings can carry runs in the code font. SXSSF writes an inline
 * string as its plain text, dropping the runs of a rich text value; its shared-strings table would
 * keep them, but fills in the order its sheets happen to be flushed (a hash map's), so the same
 * bank would not give the same bytes, and building POI's rich text objects (XMLBeans) for every
 * answer with code cost more than the whole cell. So a cell's text marks its code with two Unicode
 * noncharacters, which never print ({@link #CODE_START}, {@link #CODE_END}), and this extends SXSSF
 * at the point it offers for it ({@link SXSSFWorkbook#createSheetDataWriter()}): a string with
 * marks is written as an {@code <is>} of {@code <r>} runs, the code's in {@link
 * CellWriter#CODE_FONT}; every other cell as before.
 */
final class RichInlineStrings extends SXSSFWorkbook {

  static final char CODE_START = StyledText.CODE_START;
  static final char CODE_END = StyledText.CODE_END;

  RichInlineStrings(int rowWindow) {
    super(null, rowWindow, false, false);
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    return new Writer();
  }

  private static final class Writer extends SheetDataWriter {

    Writer() throws IOException {
      super();
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
      String value =
          cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
      if (value == null || value.indexOf(CODE_START) < 0) {
        super.writeCell(columnIndex, cell);
        return;
      }
      _out.write("<c r=\"");
      _out.write(new CellReference(cell.getRowIndex(), columnIndex).formatAsString());
      _out.write('"');
      int style = cell.getCellStyle().getIndex() & 0xffff;
      if (style != 0) {
        _out.write(" s=\"" + style + "\"");
      }
      _out.write(" t=\"inlineStr\"><is>");
      int at = 0;
      while (at < value.length()) {
        int start = value.indexOf(CODE_START, at);
        if (start < 0) {
          run(value.substring(at), false);
          break;
        }
        run(value.substring(at, start), false);
        int end = value.indexOf(CODE_END, start + 1);
        int stop = end < 0 ? value.length() : end;
        run(value.substring(start + 1, stop), true);
        at = stop + 1;
      }
      _out.write("</is></c>");
    }

    private void run(String text, boolean isCode) throws IOException {
      if (text.isEmpty()) {
        return;
      }
      _out.write(isCode ? "<r><rPr><rFont val=\"" + CellWriter.CODE_FONT + "\"/></rPr>" : "<r>");
      // Spaces at either end of a run are kept only with xml:space="preserve".
      _out.write("<t xml:space=\"preserve\">");
      outputEscapedString(text);
      _out.write("</t></r>");
    }
  }
}
