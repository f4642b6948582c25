package io.github.questionbank.export.xlsx;

import io.github.questionbank.export.ExportContext;
import io.github.questionbank.export.Exporter;
import io.github.questionbank.export.OutputStage;
import io.github.questionbank.select.Pack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel workbook of a pack ({@code <id>.xlsx}): sheet "Questions", one row per question with
 * its answer as plain text, and sheet "Summary", counts by section, difficulty and lesson.
 *
 * <p>The same pack and timestamp always give the same bytes: POI's output is rewritten by {@link
 * WorkbookZip}, and the document's dates are the build's timestamp.
 */
public final class WorkbookExporter implements Exporter {

  public static final String FORMAT = "xlsx";

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
    // The whole workbook is held in memory: the file stays small (470 KB for 10,000 questions)
    // but POI's object model does not (about 200 MB and 9 s for those 10,000). SXSSFWorkbook can
    // take over here for such banks: the sheets only use the ss.usermodel interfaces.
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellWriter cells = new CellWriter(workbook);
      QuestionsSheet.write(
          workbook.createSheet(QuestionsSheet.NAME), pack, context.parsed(), cells);
      SummarySheet.write(workbook.createSheet(SummarySheet.NAME), pack, cells);
      DocumentProperties.apply(
          workbook.getProperties().getCoreProperties(), pack, context.timestamp());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }
}
