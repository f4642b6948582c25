package io.github.questionbank.validate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to validate.
 *
 * @param baseDirectory the project directory; reported paths are relative to it
 * @param bankDirectory the bank ({@code src/bank})
 * @param reportDirectory where {@code validation.sarif} is written, or empty for no report
 * @param keepParsedTrees whether the result keeps every question's Markdown tree for exporters; a
 *     validation that exports nothing leaves them out and needs far less memory
 */
public record ValidationRequest(
    Path baseDirectory,
    Path bankDirectory,
    Optional<Path> reportDirectory,
    boolean keepParsedTrees) {

  /** A validation that exports nothing: the Markdown trees are not kept. */
  public ValidationRequest(Path baseDirectory, Path bankDirectory, Optional<Path> reportDirectory) {
    this(baseDirectory, bankDirectory, reportDirectory, false);
  }

  public ValidationRequest {
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    Objects.requireNonNull(bankDirectory, "bankDirectory");
    Objects.requireNonNull(reportDirectory, "reportDirectory");
  }
}
