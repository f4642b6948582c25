package io.github.questionbank.export;

import io.github.questionbank.diagnostic.FaultIsolation;
import io.github.questionbank.incremental.Fingerprint;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.validate.Validation;
import io.github.questionbank.validate.ValidationRequest;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.util.Optional;

/**
 * The validation an export stands on: the one bank:validate made earlier in the same build, while
 * the bank's files are still the ones it checked (then only the answers are parsed again, for the
 * formats), or a validation of its own.
 */
final class ExportValidation {

  private final ExportRequest request;
  private final Fingerprint files;

  /**
   * @param files the fingerprint of the bank's files, taken before anything was read
   */
  ExportValidation(ExportRequest request, Fingerprint files) {
    this.request = request;
    this.files = files;
  }

  /**
   * A validation to export from, and the Markdown trees the formats render.
   *
   * @param result the validation: {@code earlier} itself when it was reused
   * @param trees every question's trees
   */
  record Checked(ValidationResult result, ParsedQuestions trees) {}

  /** The validation to export from, reusing {@code earlier} while it still holds. */
  Checked obtain(Optional<ValidationResult> earlier) throws IOException {
    long started = System.nanoTime();
    if (earlier.isPresent() && earlier.get().stillHolds(files)) {
      ValidationResult validation = earlier.get();
      // That validation kept no Markdown trees: parse them now, on every core, for all formats,
      // into a map of the export's own (the earlier result lives on in the build's context). A
      // question that fails here fails again where a format renders it, and is reported there.
      ParsedQuestions trees = new ParsedQuestions();
      validation
          .bank()
          .orElseThrow()
          .questions()
          .parallel()
          .forEach(
              question ->
                  FaultIsolation.isolate(
                      question.file(),
                      "parsing",
                      finding -> {},
                      () -> Optional.of(trees.get(question))));
      request.listener().reusedValidation(validation.filesChecked(), Export.millisSince(started));
      return new Checked(validation, trees);
    }
    ValidationResult validation = new Validation().validate(validationRequest(true));
    request.listener().validated(validation.filesChecked(), Export.millisSince(started));
    return new Checked(validation, validation.parsed());
  }

  /** The last validation's findings, for an export that has nothing to write. */
  ValidationResult unchanged() throws IOException {
    return new Validation().validate(validationRequest(false));
  }

  private ValidationRequest validationRequest(boolean keepParsedTrees) {
    return new ValidationRequest(
        request.baseDirectory(),
        request.bankDirectory(),
        Optional.of(request.outputDirectory()),
        Optional.of(request.stateDirectory()),
        keepParsedTrees,
        Optional.of(files),
        request.levels());
  }
}
