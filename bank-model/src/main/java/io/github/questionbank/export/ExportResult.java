package io.github.questionbank.export;

import io.github.questionbank.check.Diagnostic;
import io.github.questionbank.validate.ValidationResult;
import java.util.List;

/**
 * What an export did.
 *
 * @param validation the validation that ran first; an invalid bank is not exported
 * @param files the files written, empty when refused or up to date
 * @param warnings problems found while writing (characters no font covers)
 * @param upToDate whether nothing had changed since the last export, so nothing was written
 * @param refused whether the export was refused (errors, or warnings with failOnWarning), so that
 *     the previous outputs were left exactly as they were
 */
public record ExportResult(
    ValidationResult validation,
    List<ExportedFile> files,
    List<Diagnostic> warnings,
    boolean upToDate,
    boolean refused) {

  public ExportResult {
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
  }
}
