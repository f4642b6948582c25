package io.github.questionbank.maven;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.report.GitHubAnnotations;
import io.github.questionbank.validate.ValidationResult;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Reports a validation result the way checkstyle does: every finding at its own level, one summary
 * line, then the build outcome. On GitHub Actions it also prints workflow annotations straight to
 * standard output, where the runner looks for them at the start of a line.
 */
final class ValidationReport {

  private final Log log;
  private final Requests requests;
  private final boolean failOnWarning;
  private final Environment environment;

  ValidationReport(Log log, Requests requests, boolean failOnWarning) {
    this(log, requests, failOnWarning, Environment.system());
  }

  ValidationReport(Log log, Requests requests, boolean failOnWarning, Environment environment) {
    this.log = log;
    this.requests = requests;
    this.failOnWarning = failOnWarning;
    this.environment = environment;
  }

  /**
   * Logs the findings and decides the build's outcome.
   *
   * @param alreadyReported whether this build printed these findings already (bank:validate ran
   *     before bank:export): then only the outcome is decided, nothing is printed twice
   */
  void report(ValidationResult result, boolean alreadyReported) throws MojoFailureException {
    if (alreadyReported) {
      if (result.hasErrors() || (failOnWarning && result.warningCount() > 0)) {
        throw new MojoFailureException(result.summary());
      }
      return;
    }
    for (Diagnostic diagnostic : result.diagnostics()) {
      if (diagnostic.isError()) {
        log.error(diagnostic.format());
      } else {
        log.warn(diagnostic.format());
      }
    }
    if (environment.onGitHubActions() && !result.diagnostics().isEmpty()) {
      GitHubAnnotations annotations = new GitHubAnnotations(workspacePrefix());
      PrintStream out = environment.out();
      result.diagnostics().forEach(d -> out.println(annotations.format(d)));
      out.flush();
    }
    result.report().ifPresent(sarif -> log.debug("SARIF report: " + sarif));
    String summary = "Question bank: " + result.summary();
    boolean failed = result.hasErrors() || (failOnWarning && result.warningCount() > 0);
    if (failed) {
      log.error(summary);
      logDrafts(result);
      throw new MojoFailureException(
          result.summary()
              + (result.hasErrors()
                  ? ""
                  : " (warnings fail the build because bank.failOnWarning is true)"));
    }
    if (result.warningCount() > 0) {
      log.warn(summary);
    } else {
      log.info(summary);
    }
    logDrafts(result);
  }

  /** A line after the summary, so that a draft left behind does not go unnoticed. */
  private void logDrafts(ValidationResult result) {
    result.draftsNote().ifPresent(note -> log.info("Question bank: " + note));
  }

  /** The project's path inside the checkout, so annotations land on the right file. */
  private String workspacePrefix() {
    return environment
        .workspace()
        .map(Path::toAbsolutePath)
        .map(Path::normalize)
        .filter(workspace -> requests.basedir().startsWith(workspace))
        .map(workspace -> workspace.relativize(requests.basedir()).toString().replace('\\', '/'))
        .map(prefix -> prefix.isEmpty() ? "" : prefix + "/")
        .orElse("");
  }
}
