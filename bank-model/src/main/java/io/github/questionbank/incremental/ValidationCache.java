package io.github.questionbank.incremental;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.diagnostic.Severity;
import io.github.questionbank.io.AtomicFile;
import io.github.questionbank.model.Position;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The findings of the last validation, keyed by the bank's fingerprint, kept next to the report. An
 * unchanged bank is then reported from here without loading a single file again: in a build that
 * runs bank:validate and bank:export, and in every build after it, until a file changes.
 */
public final class ValidationCache {

  public static final String FILE = ".bank-validation.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** What is stored: plain values, so that the format does not depend on the model's classes. */
  record Entry(String fingerprint, int files, List<Finding> findings) {}

  record Finding(String path, int line, int column, String severity, String rule, String message) {}

  private ValidationCache() {}

  public static Optional<ValidationResult> read(Path directory, String fingerprint, Path report) {
    Path file = directory.resolve(FILE);
    if (!Files.isRegularFile(file) || !Files.isRegularFile(report)) {
      return Optional.empty();
    }
    try {
      Entry entry = JSON.readValue(file.toFile(), Entry.class);
      if (!fingerprint.equals(entry.fingerprint())) {
        return Optional.empty();
      }
      List<Diagnostic> diagnostics =
          entry.findings().stream().map(ValidationCache::diagnostic).toList();
      return Optional.of(
          new ValidationResult(diagnostics, entry.files(), Optional.empty(), Optional.of(report)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable or from another version: validate again
    }
  }

  public static void write(Path directory, String fingerprint, ValidationResult result)
      throws IOException {
    List<Finding> findings =
        result.diagnostics().stream()
            .map(
                d ->
                    new Finding(
                        d.path(),
                        d.line(),
                        d.column(),
                        d.severity().name(),
                        d.rule().id(),
                        d.message()))
            .toList();
    AtomicFile.writeIfChanged(
        directory.resolve(FILE),
        JSON.writeValueAsBytes(new Entry(fingerprint, result.filesChecked(), findings)));
  }

  private static Diagnostic diagnostic(Finding finding) {
    Rule rule =
        Arrays.stream(Rule.values())
            .filter(r -> r.id().equals(finding.rule()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown rule " + finding.rule()));
    return new Diagnostic(
        new Position(finding.path(), finding.line(), finding.column()),
        Severity.valueOf(finding.severity()),
        rule,
        finding.message());
  }
}
