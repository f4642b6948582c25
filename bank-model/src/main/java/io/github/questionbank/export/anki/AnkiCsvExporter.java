package io.github.questionbank.export.anki;

import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.export.spi.Exporter;
import io.github.questionbank.io.OutputStage;
import io.github.questionbank.select.Pack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code anki-csv} format: {@code <pack id>.anki.csv}, one Basic note per question, for the
 * text import of Anki 2.1.55 or newer (whose importer reads the {@code #deck column}, {@code #tags
 * column} and {@code #guid column} header lines). To use it: File &gt; Import, pick the file; Anki
 * takes the decks, tags and GUIDs from the file, and puts the question and answer into the first
 * two fields of Basic, whatever the profile's language calls it ({@link AnkiCsvFile}). Then copy
 * the files in {@code <pack id>.media/}, if there is one, into the profile's {@code
 * collection.media} folder. Importing a newer export updates the notes in place.
 */
public final class AnkiCsvExporter implements Exporter {

  public static final String FORMAT = "anki-csv";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String fileName(Pack pack) {
    return pack.id() + ".anki.csv";
  }

  /** Where a pack's images go, beside the CSV. */
  public static String mediaDirectory(Pack pack) {
    return pack.id() + ".media";
  }

  @Override
  public void export(Pack pack, ExportContext context, OutputStage stage) throws IOException {
    AnkiCards cards = AnkiCards.of(pack, context);
    AnkiMedia media = cards.media();
    stage.write(fileName(pack), out -> AnkiCsvFile.write(cards.notes(), out));
    for (Map.Entry<String, Path> image : media.files().entrySet()) {
      stage.write(
          mediaDirectory(pack) + "/" + image.getKey(), out -> media.copy(image.getValue(), out));
    }
  }
}
