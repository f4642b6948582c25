package io.github.questionbank.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.diagnostic.RuleLevels;
import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.incremental.StateDirectory;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export sees the findings at the project's rule levels, and remembers which levels it used. */
class ExportRuleLevelsTest {

  @TempDir Path project;
  @TempDir Path output;

  private ExportResult export(Map<String, String> levels, boolean failOnWarning) throws Exception {
    return new Export()
        .export(
            new ExportRequest(
                    project,
                    project.resolve("src/bank"),
                    output,
                    List.of(),
                    List.of("pdf"),
                    ExportRun.TIMESTAMP,
                    PageSize.A4,
                    failOnWarning,
                    ExportListener.NONE,
                    StateDirectory.besideOutputs(output))
                .withLevels(RuleLevels.parse(levels)),
            Optional.empty());
  }

  @Test
  void aRuleTurnedOffNoLongerRefusesTheExportWithFailOnWarning() throws Exception {
    BankFixture.minimal(project).withAnswer("A private-use character \uE000.").write();

    assertThat(export(Map.of(), true).refused()).isTrue();
    ExportResult off = export(Map.of("missing-glyph", "off"), true);

    assertThat(off.refused()).isFalse();
    assertThat(off.validation().diagnostics()).isEmpty();
    assertThat(off.findings()).isEmpty();
    assertThat(output.resolve("mini-bank.pdf")).isRegularFile();
  }

  @Test
  void outputsMadeAtOtherLevelsAreNotUpToDate() throws Exception {
    BankFixture.minimal(project)
        .with("lessons.yaml", BankFixture.LESSONS_YAML + "  - id: \"03\"\n    title: Unused\n")
        .write();
    assertThat(export(Map.of(), false).refused()).isFalse();
    assertThat(export(Map.of(), false).upToDate()).isTrue();

    ExportResult asError = export(Map.of("unused-lesson", "error"), false);

    assertThat(asError.upToDate()).isFalse();
    assertThat(asError.refused()).isTrue();
    assertThat(asError.validation().errorCount()).isEqualTo(1);
  }
}
