package io.github.questionbank.validate;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.incremental.BankFingerprint;
import io.github.questionbank.incremental.Fingerprint;
import io.github.questionbank.io.AtomicFile;
import io.github.questionbank.load.BankLoader;
import io.github.questionbank.load.LoadedBank;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Question;
import io.github.questionbank.report.SarifReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Validates a bank: every problem of every file, in one run. The steps: the fingerprint of the
 * bank's files, the answer of the last validation if they are unchanged, else load, check, the
 * SARIF report and the record for the next run.
 */
public final class Validation {

  /** The SARIF report's file name in the report directory. */
  public static final String SARIF_FILE = "validation.sarif";

  /**
   * @throws io.github.questionbank.load.BankNotFoundException if the bank directory is missing
   * @throws IOException if a file cannot be read, or the report or record cannot be written
   */
  public ValidationResult validate(ValidationRequest request) throws IOException {
    Optional<Fingerprint> files = filesFingerprint(request);
    LastValidation last = new LastValidation(request);
    // A validation for an export needs the bank itself, not only what was found in it.
    if (request.keepsRecord() && !request.keepParsedTrees()) {
      Optional<ValidationResult> unchanged = last.find(files.orElseThrow());
      if (unchanged.isPresent()) {
        return unchanged.get();
      }
    }

    Diagnostics diagnostics = new Diagnostics();
    BankLoader loader = new BankLoader(request.baseDirectory());
    LoadedBank loaded = loader.load(request.bankDirectory(), diagnostics);
    BankDraft draft =
        new BankCheck(loader.display(request.bankDirectory().resolve(BankLoader.BANK_FILE)))
            .check(loaded, parsedTrees(request), diagnostics);
    // The project's levels apply before anything counts the findings: a rule turned off or
    // downgraded no longer withholds the bank, one raised to error does.
    List<Diagnostic> found = request.levels().apply(diagnostics.sorted());
    Optional<Bank> bank =
        found.stream().anyMatch(Diagnostic::isError) ? Optional.empty() : Optional.of(draft.bank());
    ValidationResult result =
        new ValidationResult(
            found,
            loaded.filesRead(),
            bank,
            writeReport(request, found),
            draft.parsed(),
            files,
            (int) draft.questions().stream().filter(Question::draft).count());

    if (request.keepsRecord()) {
      last.record(files.orElseThrow(), result);
    }
    return result;
  }

  /** Taken before the files are read, so that a file changed while validating is seen next time. */
  private static Optional<Fingerprint> filesFingerprint(ValidationRequest request)
      throws IOException {
    if (request.knownFiles().isPresent() || !request.keepsRecord()) {
      return request.knownFiles();
    }
    return Optional.of(BankFingerprint.ofFiles(request.bankDirectory()));
  }

  private static ParsedQuestions parsedTrees(ValidationRequest request) {
    return request.keepParsedTrees() ? new ParsedQuestions() : ParsedQuestions.discardingTrees();
  }

  private static Optional<Path> writeReport(ValidationRequest request, List<Diagnostic> found)
      throws IOException {
    if (request.reportDirectory().isEmpty()) {
      return Optional.empty();
    }
    Path sarif = request.reportDirectory().get().resolve(SARIF_FILE);
    AtomicFile.writeIfChanged(sarif, new SarifReport().toBytes(found, request.levels()));
    return Optional.of(sarif);
  }
}
