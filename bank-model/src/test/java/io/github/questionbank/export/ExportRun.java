package io.github.questionbank.export;

import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.export.spi.PracticeLines;
import io.github.questionbank.incremental.StateDirectory;
import io.github.questionbank.select.PackSpec;
import io.github.questionbank.testing.RealBank;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Runs a whole export the way the plugin does, for tests that read its files back. */
public final class ExportRun {

  public static final Path REAL_PROJECT =
      Path.of("..", "bank-content").toAbsolutePath().normalize();
  public static final Instant TIMESTAMP = Instant.parse("2026-11-25T00:00:00Z");

  private ExportRun() {}

  public static ExportResult export(
      Path project, Path output, List<PackSpec> packs, List<String> formats, PageSize pageSize)
      throws Exception {
    return export(project, output, packs, formats, pageSize, false);
  }

  public static ExportResult export(
      Path project,
      Path output,
      List<PackSpec> packs,
      List<String> formats,
      PageSize pageSize,
      boolean failOnWarning)
      throws Exception {
    return export(project, output, packs, formats, pageSize, failOnWarning, PracticeLines.AUTO);
  }

  public static ExportResult export(Path project, Path output, List<String> formats)
      throws Exception {
    return export(project, output, List.of(), formats, PageSize.A4);
  }

  /** The whole bank in these formats, with this writing space in the practice PDF. */
  public static ExportResult export(
      Path project, Path output, List<String> formats, PracticeLines practiceLines)
      throws Exception {
    return export(project, output, List.of(), formats, PageSize.A4, false, practiceLines);
  }

  private static ExportResult export(
      Path project,
      Path output,
      List<PackSpec> packs,
      List<String> formats,
      PageSize pageSize,
      boolean failOnWarning,
      PracticeLines practiceLines)
      throws Exception {
    return new Export()
        .export(
            new ExportRequest(
                    project,
                    project.resolve("src/bank"),
                    output,
                    packs,
                    formats,
                    TIMESTAMP,
                    pageSize,
                    failOnWarning,
                    ExportListener.NONE,
                    StateDirectory.besideOutputs(output))
                .withPracticeLines(practiceLines),
            Optional.empty());
  }

  /** A copy of the real bank's project (its src/bank) in {@code target}. */
  public static Path copyOfRealBank(Path target) throws IOException {
    RealBank.copyInto(target);
    return target;
  }
}
