package io.github.questionbank.validate;

import io.github.questionbank.diagnostic.RuleLevels;
import io.github.questionbank.incremental.Fingerprint;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to validate.
 *
 * @param baseDirectory the project directory; reported paths are relative to it
 * @param bankDirectory the bank ({@code src/bank})
 * @param reportDirectory where {@code validation.sarif} is written, or empty for no report
 * @param stateDirectory where the record of this validation is kept, so that the next one of an
 *     unchanged bank (with its report still there) reads nothing; empty to keep no record
 * @param keepParsedTrees whether the result keeps every question's Markdown tree for exporters; a
 *     validation that exports nothing leaves them out and needs far less memory. One that keeps
 *     them needs the bank, so it always loads it: the record only ever answers the others
 * @param knownFiles the fingerprint of the bank's files, if the caller has just taken it (it then
 *     is not taken again)
 * @param levels the level of every rule in this project, applied to the findings before they are
 *     reported, counted, recorded or decide whether the bank may be exported
 */
public record ValidationRequest(
    Path baseDirectory,
    Path bankDirectory,
    Optional<Path> reportDirectory,
    Optional<Path> stateDirectory,
    boolean keepParsedTrees,
    Optional<Fingerprint> knownFiles,
    RuleLevels levels) {

  /** A validation with every rule at its default level. */
  public ValidationRequest(
      Path baseDirectory,
      Path bankDirectory,
      Optional<Path> reportDirectory,
      Optional<Path> stateDirectory,
      boolean keepParsedTrees,
      Optional<Fingerprint> knownFiles) {
    this(
        baseDirectory,
        bankDirectory,
        reportDirectory,
        stateDirectory,
        keepParsedTrees,
        knownFiles,
        RuleLevels.defaults());
  }

  /** A validation that keeps no record and no Markdown trees. */
  public ValidationRequest(Path baseDirectory, Path bankDirectory, Optional<Path> reportDirectory) {
    this(baseDirectory, bankDirectory, reportDirectory, false);
  }

  /** A validation that keeps no record. */
  public ValidationRequest(
      Path baseDirectory,
      Path bankDirectory,
      Optional<Path> reportDirectory,
      boolean keepParsedTrees) {
    this(
        baseDirectory,
        bankDirectory,
        reportDirectory,
        Optional.empty(),
        keepParsedTrees,
        Optional.empty());
  }

  public ValidationRequest {
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    Objects.requireNonNull(bankDirectory, "bankDirectory");
    Objects.requireNonNull(reportDirectory, "reportDirectory");
    Objects.requireNonNull(stateDirectory, "stateDirectory");
    Objects.requireNonNull(knownFiles, "knownFiles");
    Objects.requireNonNull(levels, "levels");
  }

  /** This request, keeping its record in a state directory. */
  public ValidationRequest withStateDirectory(Path directory) {
    return new ValidationRequest(
        baseDirectory,
        bankDirectory,
        reportDirectory,
        Optional.of(directory),
        keepParsedTrees,
        knownFiles,
        levels);
  }

  /** This request, for a caller that has just taken the fingerprint of the bank's files. */
  public ValidationRequest withKnownFiles(Fingerprint files) {
    return new ValidationRequest(
        baseDirectory,
        bankDirectory,
        reportDirectory,
        stateDirectory,
        keepParsedTrees,
        Optional.of(files),
        levels);
  }

  /** This request, with the rules at these levels. */
  public ValidationRequest withLevels(RuleLevels levels) {
    return new ValidationRequest(
        baseDirectory,
        bankDirectory,
        reportDirectory,
        stateDirectory,
        keepParsedTrees,
        knownFiles,
        levels);
  }

  /** Whether a validation of an unchanged bank may be answered from its record. */
  boolean keepsRecord() {
    return stateDirectory.isPresent() && reportDirectory.isPresent();
  }
}
