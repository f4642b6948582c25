package io.github.questionbank.studypage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.Export;
import io.github.questionbank.export.ExportListener;
import io.github.questionbank.export.ExportRequest;
import io.github.questionbank.export.ExportResult;
import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.incremental.StateDirectory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The small bank under src/test/resources/fixture-bank (a code block, a table, a local image),
 * exported to a study page through the core's export API, as a user's build would.
 */
final class FixtureBank {

  private FixtureBank() {}

  /** Exports the fixture bank's study page into {@code output} and returns the page's path. */
  static Path exportPage(Path output) throws Exception {
    return exportPage(
        Path.of(System.getProperty("studyPage.fixtureBank")), "fixture-bank.html", output);
  }

  /**
   * Exports the study page of the bank in {@code project}'s src/bank into {@code output} and
   * returns the path of the page named {@code page}.
   */
  static Path exportPage(Path project, String page, Path output) throws Exception {
    project = project.toAbsolutePath().normalize();
    ExportResult result =
        new Export()
            .export(
                new ExportRequest(
                    project,
                    project.resolve("src/bank"),
                    output,
                    List.of(),
                    List.of("html"),
                    Instant.parse("2026-11-25T00:00:00Z"),
                    PageSize.A4,
                    true,
                    ExportListener.NONE,
                    StateDirectory.besideOutputs(output)),
                Optional.empty());
    assertThat(result.refused()).as("%s", result.validation().diagnostics()).isFalse();
    return output.resolve(page);
  }
}
