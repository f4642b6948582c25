package io.github.questionbank.incremental;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.diagnostic.Severity;
import io.github.questionbank.io.AtomicFile;
import io.github.questionbank.model.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the last validation found, under the fingerprint of what it read ({@code validation.json} in
 * the state directory). While the fingerprint matches, an unchanged bank is reported from here
 * without loading a single file again: in a build that runs bank:validate and bank:export, and in
 * every build after it, until a file changes.
 *
 * @param fingerprint the bank's files and where they were seen from
 * @param filesChecked how many files that validation read
 * @param diagnostics what it found
 * @param drafts how many questions it found to be drafts, for the run's summary
 */
public record ValidationRecord(
    Fingerprint fingerprint, int filesChecked, List<Diagnostic> diagnostics, int drafts) {

  /** The record's file in the state directory. */
  public static final String FILE = "validation.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public ValidationRecord {
    diagnostics = List.copyOf(diagnostics);
  }

  /** What is stored: plain values, so that the format does not depend on the model's classes. */
  private record Stored(String fingerprint, int files, List<Finding> findings, int drafts) {}

  private record Finding(
      String path, int line, int column, String severity, String rule, String message) {}

  /** The record in the state directory, if there is a readable one. */
  public static Optional<ValidationRecord> read(Path stateDirectory) {
    Path file = stateDirectory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Stored stored = JSON.readValue(file.toFile(), Stored.class);
      return Fingerprint.parse(stored.fingerprint())
          .map(
              fingerprint ->
                  new ValidationRecord(
                      fingerprint,
                      stored.files(),
                      stored.findings().stream().map(ValidationRecord::diagnostic).toList(),
                      stored.drafts()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable or from another version: validate again
    }
  }

  /** Writes the record into the state directory (only if it changed). */
  public void write(Path stateDirectory) throws IOException {
    List<Finding> findings =
        diagnostics.stream()
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
    Files.createDirectories(stateDirectory);
    AtomicFile.writeIfChanged(
        stateDirectory.resolve(FILE),
        JSON.writeValueAsBytes(new Stored(fingerprint.hex(), filesChecked, findings, drafts)));
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
