package io.github.questionbank.export;

import io.github.questionbank.diagnostic.RuleLevels;
import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.export.spi.PracticeLines;
import io.github.questionbank.select.PackSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What to export.
 *
 * @param baseDirectory the project directory; reported paths are relative to it
 * @param bankDirectory the bank ({@code src/bank})
 * @param outputDirectory where the outputs go ({@code target/bank})
 * @param packs the packs, or empty for one pack with the whole bank
 * @param formats the formats of packs that name none
 * @param timestamp the date written into outputs ({@code project.build.outputTimestamp})
 * @param failOnWarning whether a warning, from validation or from writing, refuses the export
 * @param stateDirectory where the records of the last validation and export are kept: beside the
 *     outputs, never among them, since the output directory is what authors publish (usually {@link
 *     io.github.questionbank.incremental.StateDirectory#besideOutputs})
 * @param practiceLines the writing space the practice PDF gives each question
 * @param levels the level of every rule, applied to validation's findings and to those found while
 *     writing
 */
public record ExportRequest(
    Path baseDirectory,
    Path bankDirectory,
    Path outputDirectory,
    List<PackSpec> packs,
    List<String> formats,
    Instant timestamp,
    PageSize pageSize,
    boolean failOnWarning,
    ExportListener listener,
    Path stateDirectory,
    PracticeLines practiceLines,
    RuleLevels levels) {

  /**
   * A request with the default writing space in the practice PDF ({@link PracticeLines#AUTO}) and
   * every rule at its default level; {@link #withPracticeLines} and {@link #withLevels} change
   * them.
   */
  public ExportRequest(
      Path baseDirectory,
      Path bankDirectory,
      Path outputDirectory,
      List<PackSpec> packs,
      List<String> formats,
      Instant timestamp,
      PageSize pageSize,
      boolean failOnWarning,
      ExportListener listener,
      Path stateDirectory) {
    this(
        baseDirectory,
        bankDirectory,
        outputDirectory,
        packs,
        formats,
        timestamp,
        pageSize,
        failOnWarning,
        listener,
        stateDirectory,
        PracticeLines.AUTO,
        RuleLevels.defaults());
  }

  /** This request with another writing space in the practice PDF. */
  public ExportRequest withPracticeLines(PracticeLines lines) {
    return new ExportRequest(
        baseDirectory,
        bankDirectory,
        outputDirectory,
        packs,
        formats,
        timestamp,
        pageSize,
        failOnWarning,
        listener,
        stateDirectory,
        lines,
        levels);
  }

  /** This request with other rule levels. */
  public ExportRequest withLevels(RuleLevels ruleLevels) {
    return new ExportRequest(
        baseDirectory,
        bankDirectory,
        outputDirectory,
        packs,
        formats,
        timestamp,
        pageSize,
        failOnWarning,
        listener,
        stateDirectory,
        practiceLines,
        ruleLevels);
  }

  public ExportRequest {
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    Objects.requireNonNull(bankDirectory, "bankDirectory");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    packs = List.copyOf(packs);
    formats = List.copyOf(formats);
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(pageSize, "pageSize");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(stateDirectory, "stateDirectory");
    Objects.requireNonNull(practiceLines, "practiceLines");
    Objects.requireNonNull(levels, "levels");
  }
}
