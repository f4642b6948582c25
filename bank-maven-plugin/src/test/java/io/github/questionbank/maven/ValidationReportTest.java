package io.github.questionbank.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.model.Position;
import io.github.questionbank.validate.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static final File PROJECT = new File("/work/repo/bank");

  private final RecordingLog log = new RecordingLog();
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final Requests requests =
      new Requests(PROJECT, new File(PROJECT, "src/bank"), new File(PROJECT, "target/bank"));

  private static final Diagnostic ERROR =
      Diagnostic.of(
          Rule.SCHEMA,
          new Position("src/bank/questions/a/010-x.md", 3, 13),
          "difficulty 'Medium' is not one of LOW, MEDIUM, HIGH (did you mean 'MEDIUM'?)");
  private static final Diagnostic WARNING =
      Diagnostic.of(
          Rule.UNUSED_LESSON, new Position("src/bank/lessons.yaml", 6, 5), "lesson '03' is unused");

  @Test
  void errorsAreLoggedAtErrorLevelAndFailTheBuildWithTheSummary() {
    ValidationReport report = report(false, Map.of());

    assertThatThrownBy(() -> report.report(result(List.of(ERROR, WARNING)), false))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("1 error and 1 warning in 3 files");
    assertThat(log.lines)
        .containsExactly(
            "[ERROR] " + ERROR.format(),
            "[WARNING] " + WARNING.format(),
            "[ERROR] Question bank: 1 error and 1 warning in 3 files");
  }

  @Test
  void warningsPassUnlessFailOnWarning() {
    assertThatCode(() -> report(false, Map.of()).report(result(List.of(WARNING)), false))
        .doesNotThrowAnyException();
    assertThat(log.lines).contains("[WARNING] Question bank: 0 errors and 1 warning in 3 files");

    assertThatThrownBy(() -> report(true, Map.of()).report(result(List.of(WARNING)), false))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("bank.failOnWarning");
  }

  @Test
  void cleanBankLogsTheSummaryAtInfo() throws Exception {
    report(true, Map.of()).report(result(List.of()), false);

    assertThat(log.lines)
        .containsExactly("[INFO] Question bank: 0 errors and 0 warnings in 3 files");
    assertThat(stdout.size()).isZero();
  }

  @Test
  void draftsAreCountedOnALineAfterTheSummary() throws Exception {
    report(false, Map.of()).report(withDrafts(List.of(), 3), false);

    assertThat(log.lines)
        .containsExactly(
            "[INFO] Question bank: 0 errors and 0 warnings in 3 files",
            "[INFO] Question bank: 3 drafts, not exported");
  }

  @Test
  void oneDraftInTheSingularAndAlsoWhenTheBuildFails() {
    assertThatThrownBy(() -> report(false, Map.of()).report(withDrafts(List.of(ERROR), 1), false))
        .isInstanceOf(MojoFailureException.class);

    assertThat(log.lines)
        .containsExactly(
            "[ERROR] " + ERROR.format(),
            "[ERROR] Question bank: 1 error and 0 warnings in 3 files",
            "[INFO] Question bank: 1 draft, not exported");
  }

  @Test
  void onGitHubActionsEveryFindingIsAnAnnotationAtTheStartOfAStdoutLine() {
    ValidationReport report =
        report(false, Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", "/work/repo"));

    assertThatThrownBy(() -> report.report(result(List.of(ERROR, WARNING)), false))
        .isInstanceOf(MojoFailureException.class);
    assertThat(stdout.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "::error file=bank/src/bank/questions/a/010-x.md,line=3,col=13,title=schema::"
                + "difficulty 'Medium' is not one of LOW, MEDIUM, HIGH (did you mean 'MEDIUM'?)",
            "::warning file=bank/src/bank/lessons.yaml,line=6,col=5,title=unused-lesson::"
                + "lesson '03' is unused");
  }

  @Test
  void noAnnotationsOffGitHubActions() {
    assertThatThrownBy(
            () ->
                report(false, Map.of("GITHUB_ACTIONS", "false"))
                    .report(result(List.of(ERROR)), false))
        .isInstanceOf(MojoFailureException.class);
    assertThat(stdout.size()).isZero();
  }

  @Test
  void whatBankValidateReportedIsNotPrintedAgainButStillDecides() {
    ValidationReport report =
        report(false, Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", "/work/repo"));

    assertThatThrownBy(() -> report.report(result(List.of(ERROR, WARNING)), true))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("1 error and 1 warning in 3 files");
    assertThat(log.lines).isEmpty();
    assertThat(stdout.size()).isZero();
  }

  private ValidationReport report(boolean failOnWarning, Map<String, String> environment) {
    return new ValidationReport(
        log,
        requests,
        failOnWarning,
        new Environment(environment, new PrintStream(stdout, true, StandardCharsets.UTF_8)));
  }

  private static ValidationResult withDrafts(List<Diagnostic> diagnostics, int drafts) {
    return new ValidationResult(
        diagnostics,
        3,
        Optional.empty(),
        Optional.empty(),
        new ParsedQuestions(),
        Optional.empty(),
        drafts);
  }

  private static ValidationResult result(List<Diagnostic> diagnostics) {
    return new ValidationResult(diagnostics, 3, Optional.empty(), Optional.empty());
  }
}
