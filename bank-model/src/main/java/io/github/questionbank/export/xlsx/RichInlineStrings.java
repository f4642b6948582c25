package io.github.questionbank.export.xlsx;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRElt;

/**
 * A streaming workbook whose inline strings keep their rich-text runs. SXSSF writes an inline
 * string as its plain text, dropping the runs that set code in a monospace font; its shared-strings
 * table would keep them, but fills in the order its sheets happen to be flushed (a hash map's), so
 * the same bank would not give the same bytes. This extends SXSSF at the point it offers for it
 * ({@link SXSSFWorkbook#createSheetDataWriter()}): a cell whose value has runs is written as an
 * {@code <is>} of {@code <r>} runs; every other cell as before.
 */
final class RichInlineStrings extends SXSSFWorkbook {

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
      RichTextString value =
          cell != null && cell.getCellType() == CellType.STRING
              ? cell.getRichStringCellValue()
              : null;
      if (!(value instanceof XSSFRichTextString rich) || rich.getCTRst().sizeOfRArray() == 0) {
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
      for (CTRElt run : rich.getCTRst().getRArray()) {
        _out.write("<r>");
        if (run.isSetRPr() && run.getRPr().sizeOfRFontArray() > 0) {
          _out.write("<rPr><rFont val=\"");
          outputEscapedString(run.getRPr().getRFontArray(0).getVal());
          _out.write("\"/></rPr>");
        }
        // Spaces at either end of a run are kept only with xml:space="preserve".
        _out.write("<t xml:space=\"preserve\">");
        outputEscapedString(run.getT());
        _out.write("</t></r>");
      }
      _out.write("</is></c>");
    }
  }
}
