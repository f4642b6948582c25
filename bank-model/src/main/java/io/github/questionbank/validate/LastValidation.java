package io.github.questionbank.validate;

import io.github.questionbank.incremental.BankFingerprint;
import io.github.questionbank.incremental.Fingerprint;
import io.github.questionbank.incremental.ValidationRecord;
import io.github.questionbank.markdown.ParsedQuestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The last validation of a bank, kept in the state directory: an unchanged bank is answered from
 * it. Unchanged means the same files, seen from the same project folder (reported paths depend on
 * both), checked by the same build of the toolchain at the same rule levels, with its SARIF report
 * still in place.
 */
final class LastValidation {

  private final ValidationRequest request;

  LastValidation(ValidationRequest request) {
    this.request = request;
  }

  /** The findings of the last validation, if the bank is unchanged since; it holds no bank. */
  Optional<ValidationResult> find(Fingerprint files) {
    Path report = report();
    Fingerprint fingerprint = fingerprint(files);
    return ValidationRecord.read(state())
        .filter(last -> last.fingerprint().equals(fingerprint) && Files.isRegularFile(report))
        .map(
            last ->
                new ValidationResult(
                    last.diagnostics(),
                    last.filesChecked(),
                    Optional.empty(),
                    Optional.of(report),
                    new ParsedQuestions(),
                    Optional.of(files),
                    last.drafts()));
  }

  /** Keeps what this validation found, for the next one. */
  void record(Fingerprint files, ValidationResult result) throws IOException {
    new ValidationRecord(
            fingerprint(files), result.filesChecked(), result.diagnostics(), result.drafts())
        .write(state());
  }

  private Fingerprint fingerprint(Fingerprint files) {
    return BankFingerprint.of(
        files,
        BankFingerprint.seenFrom(request.baseDirectory(), request.bankDirectory()),
        "rules:" + request.levels().describe());
  }

  private Path state() {
    return request.stateDirectory().orElseThrow();
  }

  private Path report() {
    return request.reportDirectory().orElseThrow().resolve(Validation.SARIF_FILE);
  }
}
