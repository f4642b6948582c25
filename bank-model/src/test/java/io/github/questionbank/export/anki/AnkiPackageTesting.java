package io.github.questionbank.export.anki;

import io.github.questionbank.select.Pack;
import java.nio.file.Path;
import java.time.Instant;

/** Exports a pack as both Anki formats, and reads the package back. */
final class AnkiPackageTesting {

  static final Instant TIMESTAMP = Instant.parse("2026-11-25T00:00:00Z");

  private AnkiPackageTesting() {}

  /**
   * Writes {@code <pack>.anki.csv} and {@code <pack>.apkg} into {@code out} and reads the latter.
   */
  static AnkiPackageFile export(Pack pack, Path project, Path out, Instant timestamp)
      throws Exception {
    AnkiExportRun.export(
        pack, project, out, timestamp, new AnkiCsvExporter(), new AnkiPackageExporter());
    return AnkiPackageFile.read(out.resolve(pack.id() + ".apkg"), out.resolve("../scratch"));
  }

  static AnkiPackageFile export(Pack pack, Path project, Path out) throws Exception {
    return export(pack, project, out, TIMESTAMP);
  }

  static AnkiImportFile csv(Pack pack, Path out) throws Exception {
    return AnkiImportFile.read(out.resolve(pack.id() + ".anki.csv"));
  }
}
