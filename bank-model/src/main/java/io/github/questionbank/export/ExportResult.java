package io.github.questionbank.export;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.validate.ValidationResult;
import java.util.List;

/**
 * What an export did.
 *
 * @param validation the validation that ran first; an invalid bank is not exported
 * @param files the files written, empty when refused or up to date
 * @param findings problems found while writing: errors (the toolchain failed on a question's file)
 * @param upToDate whether nothing had changed since the last export, so nothing was written
 * @param refused whether the export was refused (errors in the bank or while writing, or warnings
 *     with failOnWarning), so that the previous outputs were left exactly as they were
 * @param datedFromHistory whether the outputs' per-question dates (Anki notes') come from the
 *     bank's Git history; if not, every question is dated with the request's timestamp
 */
public record ExportResult(
    ValidationResult validation,
    List<ExportedFile> files,
    List<Diagnostic> findings,
    boolean upToDate,
    boolean refused,
    boolean datedFromHistory) {

  /** A result whose questions are all dated with the request's timestamp: no Git history. */
  public ExportResult(
      ValidationResult validation,
      List<ExportedFile> files,
      List<Diagnostic> findings,
      boolean upToDate,
      boolean refused) {
    this(validation, files, findings, upToDate, refused, false);
  }

  public ExportResult {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
  }
}
