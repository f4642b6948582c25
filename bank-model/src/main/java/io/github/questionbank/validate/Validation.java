package io.github.questionbank.validate;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.check.DraftBuilder;
import io.github.questionbank.check.rules.BankRule;
import io.github.questionbank.check.schema.BankSchema;
import io.github.questionbank.check.schema.SchemaCheck;
import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.FaultIsolation;
import io.github.questionbank.incremental.BankFingerprint;
import io.github.questionbank.incremental.ValidationCache;
import io.github.questionbank.io.AtomicFile;
import io.github.questionbank.load.BankLoader;
import io.github.questionbank.load.LoadedBank;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.model.Bank;
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

  /** The findings of the last validation, by the bank's fingerprint, in the report directory. */
  public static final String CACHE_FILE = ValidationCache.FILE;

  private final SchemaCheck schemaCheck = new SchemaCheck();

  /**
   * @throws io.github.questionbank.load.BankNotFoundException if the bank directory is missing
   * @throws IOException if a file cannot be read, or the report cannot be written
   */
  public ValidationResult validate(ValidationRequest request) throws IOException {
    // The digest is only needed to key the cache beside the report.
    return validate(
        request,
        request.reportDirectory().isPresent()
            ? BankFingerprint.ofFiles(request.bankDirectory())
            : "");
  }

  /**
   * A validation for a caller that has just taken the digest of the bank's files.
   *
   * @param files {@link BankFingerprint#ofFiles} of the bank, taken before this call
   */
  public ValidationResult validate(ValidationRequest request, String files) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    BankLoader loader = new BankLoader(request.baseDirectory());
    LoadedBank loaded = loader.load(request.bankDirectory(), diagnostics);

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
    // One compiled schema, shared by every core (networknt's schemas are safe to share).
    loaded.questionFiles().parallelStream()
        .forEach(
            file ->
                file.document()
                    .ifPresent(d -> schemaCheck.check(d, BankSchema.QUESTION, diagnostics)));

    BankDraft draft =
        new DraftBuilder()
            .build(
                loaded,
                bankValid,
                lessonsValid,
                request.keepParsedTrees()
                    ? new ParsedQuestions()
                    : ParsedQuestions.discardingTrees());
    // A rule that looks at the whole bank has no one file to blame: its failure is reported at
    // bank.yaml, and the other rules still run.
    String bankFile = loader.display(request.bankDirectory().resolve(BankLoader.BANK_FILE));
    for (BankRule rule : BankRule.all()) {
      FaultIsolation.run(
          bankFile, "checking", diagnostics::add, () -> rule.check(draft, diagnostics));
    }

    List<Diagnostic> found = diagnostics.sorted();
    Optional<Bank> bank = diagnostics.hasErrors() ? Optional.empty() : Optional.of(draft.bank());
    Optional<Path> report = Optional.empty();
    if (request.reportDirectory().isPresent()) {
      Path directory = request.reportDirectory().get();
      Path sarif = directory.resolve(SARIF_FILE);
      AtomicFile.writeIfChanged(sarif, new SarifReport().toBytes(found));
      report = Optional.of(sarif);
      ValidationResult result =
          new ValidationResult(found, loaded.filesRead(), bank, report, draft.parsed());
      ValidationCache.write(directory, fingerprint(request, files), result);
      return result;
    }
    return new ValidationResult(found, loaded.filesRead(), bank, report, draft.parsed());
  }

  /**
   * The findings of the last validation of this bank, if no file has changed since: nothing is
   * loaded, so the result holds no {@link ValidationResult#bank() bank}.
   *
   * @throws io.github.questionbank.load.BankNotFoundException if the bank directory is missing
   */
  public Optional<ValidationResult> unchanged(ValidationRequest request) throws IOException {
    if (request.reportDirectory().isEmpty()) {
      return Optional.empty();
    }
    return unchanged(request, BankFingerprint.ofFiles(request.bankDirectory()));
  }

  private Optional<ValidationResult> unchanged(ValidationRequest request, String files)
      throws IOException {
    if (request.reportDirectory().isEmpty()) {
      return Optional.empty();
    }
    Path directory = request.reportDirectory().get();
    return ValidationCache.read(
        directory, fingerprint(request, files), directory.resolve(SARIF_FILE));
  }

  /** The bank's files, and where they are seen from: reported paths depend on both. */
  private static String fingerprint(ValidationRequest request, String files) {
    String seenFrom =
        request
            .baseDirectory()
            .toAbsolutePath()
            .normalize()
            .relativize(request.bankDirectory().toAbsolutePath().normalize())
            .toString();
    return BankFingerprint.of(files, seenFrom);
  }

  /** The last findings if the bank is unchanged, else a full validation. */
  public ValidationResult validateIfChanged(ValidationRequest request) throws IOException {
    return checkIfChanged(request).result();
  }

  /**
   * {@link #validateIfChanged}, with the digest of the files it saw: one pass over the bank's files
   * serves the cache and a later reuse of the result in the same build.
   */
  public CheckedBank checkIfChanged(ValidationRequest request) throws IOException {
    return checkIfChanged(request, BankFingerprint.ofFiles(request.bankDirectory()));
  }

  /**
   * {@link #checkIfChanged(ValidationRequest)} for a caller that has just taken the digest.
   *
   * @param files {@link BankFingerprint#ofFiles} of the bank, taken before this call
   */
  public CheckedBank checkIfChanged(ValidationRequest request, String files) throws IOException {
    Optional<ValidationResult> unchanged = unchanged(request, files);
    return new CheckedBank(
        files, unchanged.isPresent() ? unchanged.get() : validate(request, files));
  }
}
