package io.github.questionbank.validate;

import io.github.questionbank.check.Diagnostic;
import io.github.questionbank.check.Diagnostics;
import io.github.questionbank.check.rules.BankRule;
import io.github.questionbank.check.schema.BankSchema;
import io.github.questionbank.check.schema.SchemaCheck;
import io.github.questionbank.load.BankDraft;
import io.github.questionbank.load.BankLoader;
import io.github.questionbank.load.DraftBuilder;
import io.github.questionbank.load.LoadedBank;
import io.github.questionbank.load.QuestionFile;
import io.github.questionbank.model.Bank;
import io.github.questionbank.output.AtomicFile;
import io.github.questionbank.report.SarifReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads a bank and checks it: the schema of every file, then the bank's rules. Reports every
 * problem of every file in one run.
 */
public final class Validation {

  /** The SARIF report's file name in the report directory. */
  public static final String SARIF_FILE = "validation.sarif";

  private final SchemaCheck schemaCheck = new SchemaCheck();

  /**
   * @throws io.github.questionbank.load.BankNotFoundException if the bank directory is missing
   * @throws IOException if a file cannot be read, or the report cannot be written
   */
  public ValidationResult validate(ValidationRequest request) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    LoadedBank loaded =
        new BankLoader(request.baseDirectory()).load(request.bankDirectory(), diagnostics);

    boolean bankValid =
        loaded
            .bankFile()
            .map(d -> schemaCheck.check(d, BankSchema.BANK, diagnostics))
            .orElse(false);
    boolean lessonsValid =
        loaded
            .lessonsFile()
            .map(d -> schemaCheck.check(d, BankSchema.LESSONS, diagnostics))
            .orElse(false);
    for (QuestionFile file : loaded.questionFiles()) {
      file.document().ifPresent(d -> schemaCheck.check(d, BankSchema.QUESTION, diagnostics));
    }

    BankDraft draft = new DraftBuilder().build(loaded, bankValid, lessonsValid);
    for (BankRule rule : BankRule.all()) {
      rule.check(draft, diagnostics);
    }

    List<Diagnostic> found = diagnostics.sorted();
    Optional<Bank> bank = diagnostics.hasErrors() ? Optional.empty() : Optional.of(draft.bank());
    Optional<Path> report = Optional.empty();
    if (request.reportDirectory().isPresent()) {
      Path sarif = request.reportDirectory().get().resolve(SARIF_FILE);
      AtomicFile.writeIfChanged(sarif, new SarifReport().toBytes(found));
      report = Optional.of(sarif);
    }
    return new ValidationResult(found, loaded.filesRead(), bank, report, draft.parsed());
  }
}
