package io.github.questionbank.validate;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Severity;
import io.github.questionbank.incremental.Fingerprint;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.model.Bank;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What validation found.
 *
 * @param diagnostics every finding, by path, line and column
 * @param filesChecked how many files were read
 * @param bank the bank, present only when there is no error
 * @param report the SARIF file written, if one was asked for
 * @param parsed every question's Markdown as validation parsed it, for the exporters to reuse
 * @param files the fingerprint of the bank's files as validation found them, if it took one: a
 *     later step of the same build may reuse this result while the files still have it
 * @param drafts how many questions are drafts: checked, but exported nowhere
 */
public record ValidationResult(
    List<Diagnostic> diagnostics,
    int filesChecked,
    Optional<Bank> bank,
    Optional<Path> report,
    ParsedQuestions parsed,
    Optional<Fingerprint> files,
    int drafts) {

  public ValidationResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether this result still holds for a bank whose files have this fingerprint now. */
  public boolean stillHolds(Fingerprint filesNow) {
    return bank.isPresent() && files.equals(Optional.of(filesNow));
  }

  public ValidationResult(
      List<Diagnostic> diagnostics, int filesChecked, Optional<Bank> bank, Optional<Path> report) {
    this(diagnostics, filesChecked, bank, report, new ParsedQuestions(), Optional.empty(), 0);
  }

  public long errorCount() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  public long warningCount() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }

  public boolean hasErrors() {
    return errorCount() > 0;
  }

  /** {@code 2 errors and 1 warning in 84 files}. */
  public String summary() {
    return plural(errorCount(), "error")
        + " and "
        + plural(warningCount(), "warning")
        + " in "
        + plural(filesChecked, "file");
  }

  /** {@code 3 drafts, not exported}, when there are drafts. */
  public Optional<String> draftsNote() {
    return drafts == 0 ? Optional.empty() : Optional.of(plural(drafts, "draft") + ", not exported");
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
