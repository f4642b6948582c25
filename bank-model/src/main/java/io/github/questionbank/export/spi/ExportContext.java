package io.github.questionbank.export.spi;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.history.QuestionDates;
import io.github.questionbank.markdown.ParsedQuestions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * What every exporter shares during one export.
 *
 * @param timestamp the instant written into outputs that carry a date, so that they are
 *     reproducible ({@code project.build.outputTimestamp})
 * @param bankDirectory the bank, for local images (resolved relative to each question's folder)
 * @param parsed each question's Markdown, parsed once for all formats
 * @param findings where exporters report what they find while writing: problems an author should
 *     fix (a character no font has) and failures of the toolchain at a question's file
 * @param shared work that several formats need, done once for all of them
 * @param practiceLines the writing space the practice PDF gives each question
 * @param dates when each question last changed (from Git, else {@code timestamp}): what Anki
 *     compares to decide which notes an import updates
 */
public record ExportContext(
    Instant timestamp,
    PageSize pageSize,
    Path bankDirectory,
    ParsedQuestions parsed,
    Consumer<Diagnostic> findings,
    SharedWork shared,
    PracticeLines practiceLines,
    QuestionDates dates) {

  /**
   * A context whose formats share nothing done so far, with the default writing space ({@link
   * PracticeLines#AUTO}) and without history (every question dated {@code timestamp}).
   */
  public ExportContext(
      Instant timestamp,
      PageSize pageSize,
      Path bankDirectory,
      ParsedQuestions parsed,
      Consumer<Diagnostic> findings) {
    this(
        timestamp,
        pageSize,
        bankDirectory,
        parsed,
        findings,
        new SharedWork(),
        PracticeLines.AUTO,
        QuestionDates.without(timestamp));
  }
}
