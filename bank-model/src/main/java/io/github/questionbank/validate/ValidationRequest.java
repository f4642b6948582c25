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
 */
public record ValidationRequest(
    Path baseDirectory, Path bankDirectory, Optional<Path> reportDirectory) {

  public ValidationRequest {
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    Objects.requireNonNull(bankDirectory, "bankDirectory");
    Objects.requireNonNull(reportDirectory, "reportDirectory");
  }
}
