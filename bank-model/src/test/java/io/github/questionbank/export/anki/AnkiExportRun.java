package io.github.questionbank.export.anki;

import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.export.spi.Exporter;
import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.io.OutputStage;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.model.Bank;
import io.github.questionbank.select.Pack;
import io.github.questionbank.select.PackSelector;
import io.github.questionbank.select.PackSpec;
import io.github.questionbank.validate.Validation;
import io.github.questionbank.validate.ValidationRequest;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Validates a bank, selects a pack and runs the Anki exporter as the export goal would. */
final class AnkiExportRun {

  static final Path REAL_PROJECT = Path.of("..", "bank-content").toAbsolutePath().normalize();

  private AnkiExportRun() {}

  static Bank bank(Path project) throws IOException {
    ValidationResult result =
        new Validation()
            .validate(
                new ValidationRequest(project, project.resolve("src/bank"), Optional.empty()));
    return result
        .bank()
        .orElseThrow(() -> new AssertionError("invalid bank: " + result.diagnostics()));
  }

  static Pack wholeBank(Bank bank) throws Exception {
    return select(bank, PackSpec.wholeBank(bank.id()));
  }

  static Pack sections(Bank bank, String packId, String... sections) throws Exception {
    return select(
        bank,
        new PackSpec(
            packId,
            Optional.empty(),
            List.of(sections),
            List.of(),
            List.of(),
            List.of(),
            List.of()));
  }

  private static Pack select(Bank bank, PackSpec spec) throws Exception {
    return new PackSelector(bank)
        .select(spec, List.of(AnkiCsvExporter.FORMAT), List.of(AnkiCsvExporter.FORMAT));
  }

  /** Exports and commits; the context is returned so that a test can look at the parsed trees. */
  static ExportContext export(Pack pack, Path project, Path outputDirectory) throws IOException {
    return export(pack, project, outputDirectory, Instant.EPOCH, new AnkiCsvExporter());
  }

  /** Runs the exporters on one stage, as one export of these formats would. */
  static ExportContext export(
      Pack pack, Path project, Path outputDirectory, Instant timestamp, Exporter... exporters)
      throws IOException {
    ExportContext context =
        new ExportContext(
            timestamp,
            PageSize.A4,
            project.resolve("src/bank"),
            new ParsedQuestions(),
            diagnostic -> {
              throw new AssertionError("unexpected warning: " + diagnostic.format());
            });
    try (OutputStage stage = new OutputStage(outputDirectory)) {
      for (Exporter exporter : exporters) {
        exporter.export(pack, context, stage);
      }
      stage.commit();
    }
    return context;
  }

  static AnkiImportFile exportAndRead(Pack pack, Path project, Path outputDirectory)
      throws IOException {
    export(pack, project, outputDirectory);
    return AnkiImportFile.read(outputDirectory.resolve(pack.id() + ".anki.csv"));
  }
}
