package io.github.questionbank.export;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.history.FileDates;
import io.github.questionbank.history.GitHistory;
import io.github.questionbank.incremental.BankFingerprint;
import io.github.questionbank.incremental.ExportRecord;
import io.github.questionbank.incremental.Fingerprint;
import io.github.questionbank.select.Pack;
import io.github.questionbank.select.PackConfigurationException;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates the bank, then writes every pack in its formats. An invalid bank is refused; a failure
 * part-way leaves the previous outputs exactly as they were; an export whose inputs have not
 * changed writes nothing.
 */
public final class Export {

  /**
   * Exports, reusing a validation made earlier in the same build (by bank:validate) while the
   * bank's files are still the ones it checked: the bank is then neither read nor checked again.
   *
   * @param earlier that validation, if there was one (empty: validate here)
   * @throws PackConfigurationException if a pack names something the bank does not have
   * @throws IOException if the bank cannot be read or the outputs cannot be written
   */
  public ExportResult export(ExportRequest request, Optional<ValidationResult> earlier)
      throws IOException, PackConfigurationException {
    Path output = request.outputDirectory().toAbsolutePath().normalize();
    // One pass over the bank's bytes, before anything is loaded, serves every check below.
    Fingerprint files = BankFingerprint.ofFiles(request.bankDirectory());
    // Outputs carry the dates too (Anki notes'), and a commit can move a date without changing a
    // file (committing an edit exported before): the fingerprint covers them.
    FileDates dates = GitHistory.of(request.bankDirectory(), request.timestamp());
    Fingerprint inputs = BankFingerprint.of(files, configuration(request), dates.fingerprint());
    ExportRecord last = ExportRecord.read(request.stateDirectory());
    ExportValidation validation = new ExportValidation(request, files);
    if (last.upToDate(inputs, output)) {
      return new ExportResult(validation.unchanged(), List.of(), List.of(), true, false);
    }

    ExportValidation.Checked checked = validation.obtain(earlier);
    ValidationResult validated = checked.result();
    if (validated.bank().isEmpty() || (request.failOnWarning() && validated.warningCount() > 0)) {
      return refused(validated, List.of());
    }
    long started = System.nanoTime();
    List<Pack> packs =
        PackSelection.select(validated.bank().get(), request.packs(), request.formats());
    StagedWrite.Outcome written =
        new StagedWrite(request, output, dates).write(packs, checked.trees(), last.files());
    if (written.refused()) {
      return refused(validated, written.findings());
    }
    StaleOutputs.remove(output, last.files(), written.staged(), request.listener());
    List<ExportedFile> sized = withSizes(output, written.files(), request.listener());
    new ExportRecord(inputs, written.staged()).write(request.stateDirectory());
    request.listener().wroteAll(sized.size(), millisSince(started));
    return new ExportResult(
        validated, sized, written.findings(), false, false, dates.fromHistory());
  }

  private static ExportResult refused(ValidationResult validation, List<Diagnostic> findings) {
    return new ExportResult(validation, List.of(), findings, false, true);
  }

  /** The files written, each with its size on disk, reported one by one. */
  private static List<ExportedFile> withSizes(
      Path output, List<ExportedFile> written, ExportListener listener) throws IOException {
    List<ExportedFile> files = new ArrayList<>();
    for (ExportedFile file : written) {
      ExportedFile sized =
          new ExportedFile(
              file.pack(),
              file.format(),
              file.file(),
              file.questions(),
              Files.size(output.resolve(file.file())),
              file.millis());
      files.add(sized);
      listener.written(sized);
    }
    return files;
  }

  /**
   * The configuration the outputs depend on, as text for the fingerprint. The packs' selections
   * follow from it and the bank's files, which the fingerprint also covers.
   */
  private static String configuration(ExportRequest request) {
    return String.join(
        "|",
        // Outputs carry the questions' paths as reported (the workbook's file column, PDF ids).
        BankFingerprint.seenFrom(request.baseDirectory(), request.bankDirectory()),
        request.timestamp().toString(),
        request.pageSize().name(),
        request.practiceLines().toString(),
        String.valueOf(request.failOnWarning()),
        request.formats().toString(),
        request.packs().toString(),
        request.levels().describe());
  }

  static long millisSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1_000_000;
  }
}
