package io.github.questionbank.maven;

import io.github.questionbank.check.Diagnostic;
import io.github.questionbank.export.ExportListener;
import io.github.questionbank.export.ExportResult;
import io.github.questionbank.export.ExportedFile;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Logs an export's progress: one line per pack and format, with counts, sizes and times. */
final class ExportLog implements ExportListener {

  private final Log log;

  ExportLog(Log log) {
    this.log = log;
  }

  @Override
  public void written(ExportedFile file) {
    log.info(
        String.format(
            Locale.ROOT,
            "Wrote %s (%s, pack %s: %d questions, %s, %d ms)",
            file.file(),
            file.format(),
            file.pack(),
            file.questions(),
            size(file.bytes()),
            file.millis()));
  }

  /**
   * The warnings found while writing, and the closing line.
   *
   * @throws MojoFailureException if those warnings refused the export (failOnWarning)
   */
  void report(ExportResult result, Requests requests) throws MojoFailureException {
    for (Diagnostic warning : result.warnings()) {
      log.warn(warning.format());
    }
    if (result.refused()) {
      throw new MojoFailureException(
          result.warnings().size()
              + (result.warnings().size() == 1 ? " warning" : " warnings")
              + " while writing the outputs; nothing was written because bank.failOnWarning is"
              + " true");
    }
    String where = requests.display(requests.outputDirectory());
    if (result.upToDate()) {
      log.info(
          "Question bank outputs are up to date in "
              + where
              + ": nothing changed since the last export");
    } else {
      log.info("Question bank: exported " + result.files().size() + " files to " + where);
    }
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
