package io.github.questionbank.export.xlsx;

import io.github.questionbank.export.ExportContext;
import io.github.questionbank.export.Exporter;
import io.github.questionbank.export.OutputStage;
import io.github.questionbank.select.Pack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The Excel workbook of a pack ({@code <id>.xlsx}): sheet "Questions", one row per question with
 * its answer as plain text, and sheet "Summary", counts by section, difficulty and lesson.
 *
 * <p>The same pack and timestamp always give the same bytes: POI's output is rewritten by {@link
 * WorkbookZip}, and the document's dates are the build's timestamp.
 */
public final class WorkbookExporter implements Exporter {

  public static final String FORMAT = "xlsx";

  /** Rows kept in memory while the sheets are written; the rest are flushed to a temporary file. */
  private static final int ROW_WINDOW = 200;

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String fileName(Pack pack) {
    return pack.id() + ".xlsx";
  }

  @Override
  public void export(Pack pack, ExportContext context, OutputStage stage) throws IOException {
    byte[] workbook = workbook(pack, context);
    stage.write(fileName(pack), out -> WorkbookZip.copy(workbook, context.timestamp(), out));
  }

  /** The workbook as POI writes it, before its zip is made reproducible. */
  static byte[] workbook(Pack pack, ExportContext context) throws IOException {
    // Streaming (SXSSF): rows leave memory in windows of ROW_WINDOW as they are written, instead
    // of POI holding an object per cell until the end. For 10,000 questions that took the
    // workbook from about 5.5 s and 200 MB to ROW_WINDOW rows in memory. Shared strings stay on
    // (a table in memory, as in a plain XSSF workbook), so the file reads exactly as before.
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, false, true);
    try {
      CellWriter cells = new CellWriter(workbook);
      SXSSFSheet questions = workbook.createSheet(QuestionsSheet.NAME);
      QuestionsSheet.write(questions, pack, context.parsed(), cells);
      // A row's strings join the shared-strings table when the row is flushed, and write() flushes
      // what is left of each sheet in no fixed order: flushing here, sheet by sheet, keeps the
      // table's order (and the file's bytes) the same in every build.
      questions.flushRows();
      SXSSFSheet summary = workbook.createSheet(SummarySheet.NAME);
      SummarySheet.write(summary, pack, cells);
      summary.flushRows();
      DocumentProperties.apply(
          workbook.getXSSFWorkbook().getProperties().getCoreProperties(),
          pack,
          context.timestamp());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    } finally {
      // Deletes the temporary files SXSSF streams the rows through.
      workbook.close();
    }
  }
}
