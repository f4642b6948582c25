package io.github.questionbank.export;

import io.github.questionbank.export.anki.AnkiCsvExporter;
import io.github.questionbank.export.anki.AnkiPackageExporter;
import io.github.questionbank.export.html.StudyPageExporter;
import io.github.questionbank.export.pdf.HandoutPdfExporter;
import io.github.questionbank.export.pdf.PracticePdfExporter;
import io.github.questionbank.export.spi.Exporter;
import io.github.questionbank.export.xlsx.WorkbookExporter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every output format the toolchain writes, by name, in the order they are written. */
public final class Formats {

  private static final Map<String, Exporter> ALL = new LinkedHashMap<>();

  static {
    register(new HandoutPdfExporter());
    register(new PracticePdfExporter());
    register(new AnkiCsvExporter());
    register(new WorkbookExporter());
    // In the order DESIGN.md lists the formats: the first four stay first.
    register(new AnkiPackageExporter());
    register(new StudyPageExporter());
  }

  private Formats() {}

  private static void register(Exporter exporter) {
    ALL.put(exporter.format(), exporter);
  }

  public static Optional<Exporter> byName(String name) {
    return Optional.ofNullable(ALL.get(name));
  }

  /** Every format's name; each format joins the defaults when it is built. */
  public static List<String> names() {
    return new ArrayList<>(ALL.keySet());
  }

  /** The formats written when the build names none: all of them. */
  public static List<String> defaults() {
    return names();
  }
}
