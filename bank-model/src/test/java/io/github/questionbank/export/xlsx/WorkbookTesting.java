package io.github.questionbank.export.xlsx;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.io.OutputStage;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.model.Bank;
import io.github.questionbank.select.Pack;
import io.github.questionbank.select.PackConfigurationException;
import io.github.questionbank.select.PackSelector;
import io.github.questionbank.select.PackSpec;
import io.github.questionbank.validate.Validation;
import io.github.questionbank.validate.ValidationRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Exports packs to workbooks as the export goal would, and opens them again with POI. */
final class WorkbookTesting {

  static final Instant TIMESTAMP = Instant.parse("2026-11-25T00:00:00Z");
  static final Path CONTENT = Path.of("..", "bank-content").toAbsolutePath().normalize();

  private static Bank realBank;

  private WorkbookTesting() {}

  /** The real bank of bank-content, loaded once for all tests. */
  static synchronized Bank realBank() throws IOException {
    if (realBank == null) {
      realBank = bank(CONTENT);
    }
    return realBank;
  }

  /** The bank of a project folder, which must be valid. */
  static Bank bank(Path project) throws IOException {
    return new Validation()
        .validate(new ValidationRequest(project, project.resolve("src/bank"), Optional.empty()))
        .bank()
        .orElseThrow(() -> new AssertionError("the bank in " + project + " is not valid"));
  }

  static Pack wholeBank(Bank bank) throws PackConfigurationException {
    return select(bank, PackSpec.wholeBank(bank.id()));
  }

  static Pack select(Bank bank, PackSpec spec) throws PackConfigurationException {
    return new PackSelector(bank).select(spec, List.of("xlsx"), List.of("xlsx"));
  }

  /** Exports a pack into {@code directory} and gives the workbook file. */
  static Path export(Pack pack, Path directory, Instant timestamp) throws IOException {
    return export(pack, directory, timestamp, new ArrayList<>());
  }

  static Path export(Pack pack, Path directory, Instant timestamp, List<Diagnostic> warnings)
      throws IOException {
    WorkbookExporter exporter = new WorkbookExporter();
    ExportContext context =
        new ExportContext(
            timestamp,
            PageSize.A4,
            CONTENT.resolve("src/bank"),
            new ParsedQuestions(),
            warnings::add);
    try (OutputStage stage = new OutputStage(directory)) {
      exporter.export(pack, context, stage);
      stage.commit();
    }
    return directory.resolve(exporter.fileName(pack));
  }

  static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }
}
