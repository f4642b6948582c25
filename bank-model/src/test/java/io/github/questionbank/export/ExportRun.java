package io.github.questionbank.export;

import io.github.questionbank.select.PackSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

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
                ExportListener.NONE));
  }

  public static ExportResult export(Path project, Path output, List<String> formats)
      throws Exception {
    return export(project, output, List.of(), formats, PageSize.A4);
  }

  /** A copy of the real bank's project (its src/bank) in {@code target}. */
  public static Path copyOfRealBank(Path target) throws IOException {
    Path source = REAL_PROJECT.resolve("src/bank");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve("src/bank").resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }
}
