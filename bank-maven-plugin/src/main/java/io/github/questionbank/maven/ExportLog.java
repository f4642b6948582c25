package io.github.questionbank.maven;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.export.ExportListener;
import io.github.questionbank.export.ExportResult;
import io.github.questionbank.export.ExportedFile;
import io.github.questionbank.export.anki.AnkiPackageExporter;
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
  public void validated(int filesChecked, long millis) {
    log.info(
        String.format(
            Locale.ROOT,
            "Question bank: read and checked %s in %d ms",
            count(filesChecked, "file"),
            millis));
  }

  @Override
  public void reusedValidation(int filesChecked, long millis) {
    log.info(
        String.format(
            Locale.ROOT,
            "Question bank: the %s bank:validate checked in this build %s unchanged: not"
                + " read again (answers parsed for the formats in %d ms)",
            count(filesChecked, "file"),
            filesChecked == 1 ? "is" : "are",
            millis));
  }

  @Override
  public void removed(String file) {
    log.info("Removed " + file + ": the last export wrote it, this one does not");
  }

  @Override
  public void wroteAll(int files, long millis) {
    log.info(
        String.format(
            Locale.ROOT,
            "Question bank: wrote %s in %d ms (formats in parallel, one per core)",
            count(files, "file"),
            millis));
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
   * @param timestampUnset whether {@code project.build.outputTimestamp} is unset (see {@link
   *     #adviseOnAnkiUpdates})
   * @throws MojoFailureException if those warnings refused the export (failOnWarning)
   */
  void report(ExportResult result, Requests requests, boolean timestampUnset)
      throws MojoFailureException {
    if (timestampUnset && !result.datedFromHistory()) {
      adviseOnAnkiUpdates(result);
    }
    for (Diagnostic finding : result.findings()) {
      if (finding.isError()) {
        log.error(finding.format());
      } else {
        log.warn(finding.format());
      }
    }
    long errors = result.findings().stream().filter(Diagnostic::isError).count();
    if (result.refused() && errors > 0) {
      throw new MojoFailureException(
          count(errors, "error")
              + " while writing the outputs; nothing was written and the previous outputs are as"
              + " they were");
    }
    if (result.refused()) {
      throw new MojoFailureException(
          count(result.findings().size(), "warning")
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
      log.info("Question bank: exported " + count(result.files().size(), "file") + " to " + where);
    }
  }

  /**
   * Anki updates a note a learner already has only when the imported one is newer. In Git, each
   * note is dated by its question's last commit; outside Git, by the build's timestamp. Without
   * either, every package is dated 2000-01-01, and re-importing an edited bank would change
   * nothing: say so, with the fixes, once per export.
   */
  private void adviseOnAnkiUpdates(ExportResult result) {
    result.files().stream()
        .filter(file -> file.format().equals(AnkiPackageExporter.FORMAT))
        .findFirst()
        .ifPresent(
            file ->
                log.warn(
                    "project.build.outputTimestamp is not set and the bank is not in a Git"
                        + " repository, so "
                        + file.file()
                        + " is dated "
                        + OutputTimestamp.UNSET
                        + " and Anki will not update notes a learner already has when they"
                        + " re-import it (Anki updates only notes that are newer): commit the bank"
                        + " to Git (each note is then dated by its question's last commit), or set"
                        + " <project.build.outputTimestamp> in the POM's <properties> and move it"
                        + " forward when you publish (maven-release-plugin does)"));
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
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
