package io.github.questionbank.export;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.export.spi.SharedWork;
import io.github.questionbank.history.FileDates;
import io.github.questionbank.history.QuestionDates;
import io.github.questionbank.incremental.ExportRecord;
import io.github.questionbank.io.OutputStage;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.select.Pack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes every format of every pack into a stage, then moves them all into place together, unless
 * what was found while writing refuses them (an error, or a warning with failOnWarning): then
 * nothing is moved and the previous outputs stay as they were.
 */
final class StagedWrite {

  /**
   * What the write did.
   *
   * @param files the files written, without their sizes yet
   * @param findings what was found while writing, each once, sorted
   * @param staged every file moved into place, relative to the output directory, sorted
   * @param refused whether the findings refused the outputs (then nothing was moved)
   */
  record Outcome(
      List<ExportedFile> files, List<Diagnostic> findings, List<String> staged, boolean refused) {}

  private final ExportRequest request;
  private final Path output;
  private final FileDates dates;

  /**
   * @param dates when each of the bank's files last changed
   */
  StagedWrite(ExportRequest request, Path output, FileDates dates) {
    this.request = request;
    this.output = output;
    this.dates = dates;
  }

  /**
   * @param previous the files the last export wrote, which a failure after the move must not make
   *     the next export forget
   */
  Outcome write(List<Pack> packs, ParsedQuestions trees, List<String> previous) throws IOException {
    List<Diagnostic> findings = Collections.synchronizedList(new ArrayList<>());
    Path bank = request.bankDirectory().toAbsolutePath().normalize();
    ExportContext context =
        new ExportContext(
            request.timestamp(),
            request.pageSize(),
            bank,
            trees,
            findings::add,
            new SharedWork(),
            request.practiceLines(),
            new QuestionDates(bank, dates));
    try (OutputStage stage = new OutputStage(output)) {
      List<ExportedFile> written = new ParallelWriter().writeAll(packs, context, stage);
      // Each PDF format of each pack sees the same characters: report each problem once, at the
      // level the project gives its rule (or not at all).
      List<Diagnostic> found =
          request.levels().apply(findings.stream().distinct().sorted().toList());
      if (found.stream().anyMatch(Diagnostic::isError)
          || (request.failOnWarning() && !found.isEmpty())) {
        return new Outcome(List.of(), found, List.of(), true); // the stage closes unused
      }
      // The record goes first: if moving (or anything after it) fails, no record vouches for the
      // outputs, and the next export still knows every file that may be there to clean up.
      List<String> staged = stage.files().stream().sorted().toList();
      ExportRecord.pending(previous, staged).write(request.stateDirectory());
      stage.commit();
      return new Outcome(written, found, staged, false);
    }
  }
}
