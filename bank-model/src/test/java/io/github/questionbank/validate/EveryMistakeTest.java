package io.github.questionbank.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.model.Position;
import io.github.questionbank.testing.EveryMistake;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bank with one of every mistake: every diagnostic comes out of one run, in order. */
class EveryMistakeTest {

  @TempDir Path project;

  @Test
  void everyMistakeIsReportedInOneRunSortedWithTheRightSummary() throws Exception {
    ValidationResult result =
        EveryMistake.write(project).validateAsWritten(Optional.of(project.resolve("target/bank")));

    assertThat(result.diagnostics())
        .extracting(d -> d.position() + " " + d.severity().label() + " " + d.rule().id())
        .containsExactlyElementsOf(EveryMistake.EXPECTED);
    assertThat(result.diagnostics())
        .isSortedAccordingTo(
            Comparator.comparing(Diagnostic::path)
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column));
    assertThat(result.summary()).isEqualTo(EveryMistake.SUMMARY);
    assertThat(result.errorCount()).isEqualTo(14);
    assertThat(result.warningCount()).isEqualTo(4);
    assertThat(result.bank()).isEmpty();
    assertThat(result.report()).contains(project.resolve("target/bank/validation.sarif"));
  }

  @Test
  void summaryCountsInTheSingular() {
    ValidationResult result =
        new ValidationResult(
            List.of(
                Diagnostic.of(Rule.SCHEMA, new Position("a.md", 1, 1), "x"),
                Diagnostic.of(Rule.UNUSED_LESSON, new Position("b.md", 1, 1), "y")),
            1,
            Optional.empty(),
            Optional.empty());

    assertThat(result.summary()).isEqualTo("1 error and 1 warning in 1 file");
  }
}
