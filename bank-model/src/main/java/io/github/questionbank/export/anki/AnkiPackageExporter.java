package io.github.questionbank.export.anki;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.export.spi.Exporter;
import io.github.questionbank.io.OutputStage;
import io.github.questionbank.io.ReproducibleZip;
import io.github.questionbank.select.Pack;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code anki-apkg} format: {@code <pack id>.apkg}, an Anki package in the legacy layout that
 * every Anki desktop version and AnkiDroid import: a zip holding {@code collection.anki2} (an
 * SQLite database in Anki's schema 11, see {@link AnkiCollection}), the {@code media} map (a JSON
 * object from entry number to file name) and the images as entries {@code 0}, {@code 1}, ...
 *
 * <p>Inside: the bank's own note type ({@link AnkiNoteType}, {@link CardTemplate}, {@link
 * CardStyle}), the deck {@code <pack title>} with a subdeck per section, and one note with one card
 * per question, with the same GUID, HTML, deck and tags as in {@code <pack id>.anki.csv}: importing
 * the package after the CSV never duplicates a note. Anki does not move a note to another note type
 * on import, though: it skips those notes, until the learner changes their note type to the
 * package's (Browse, Notes &gt; Change Note Type), which keeps their reviews. Images keep the flat
 * names of {@link AnkiMedia}.
 *
 * <p>Re-importing a newer package updates the learner's notes in place and keeps their reviews,
 * because Anki matches notes by GUID and note types by id, and both are derived from ids that never
 * change (the bank's and the questions'). Modern Anki updates a note only when the incoming one is
 * newer ("Update notes: if newer", the default), so each note is dated when its question last
 * changed: the commit time of the last commit that changed its file or an image it shows ({@link
 * io.github.questionbank.history.GitHistory}, which also says what uncommitted files and banks
 * outside Git get). A re-import then updates exactly the notes whose questions changed, with
 * nothing for the author to remember. The note type is dated {@link AnkiNoteType#DEFINED}, which
 * moves only with its definition. The note type's id, field names and template name never change,
 * so an update never makes Anki ask for a full sync. Deleted questions are not deleted from the
 * learner's collection: an import only adds and updates.
 */
public final class AnkiPackageExporter implements Exporter {

  public static final String FORMAT = "anki-apkg";

  static final String COLLECTION = "collection.anki2";
  static final String MEDIA = "media";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String fileName(Pack pack) {
    return pack.id() + ".apkg";
  }

  @Override
  public void export(Pack pack, ExportContext context, OutputStage stage) throws IOException {
    AnkiCards cards = AnkiCards.of(pack, context);
    AnkiMedia media = cards.media();
    List<PackageNote> notes =
        PackageNotes.of(pack, context.parsed(), context.dates(), cards.notes());
    AnkiPackage content = AnkiPackage.of(pack, notes);
    Path directory = Files.createTempDirectory("questionbank-apkg-");
    try {
      Path database = directory.resolve(COLLECTION);
      AnkiCollection.write(database, content, context.timestamp());
      stage.write(fileName(pack), out -> zip(database, media, context.timestamp(), out));
    } catch (IOException | RuntimeException e) {
      deleteTree(directory, e);
      throw e;
    }
    deleteTree(directory, null);
  }

  private static void zip(Path database, AnkiMedia media, Instant timestamp, OutputStream out)
      throws IOException {
    List<Path> images = new ArrayList<>(media.files().values());
    Map<String, String> names = new LinkedHashMap<>();
    List<String> flatNames = new ArrayList<>(media.files().keySet());
    for (int number = 0; number < flatNames.size(); number++) {
      names.put(Integer.toString(number), flatNames.get(number));
    }
    try (ReproducibleZip zip = new ReproducibleZip(out, timestamp)) {
      zip.add(COLLECTION, database);
      zip.add(MEDIA, JSON.writeValueAsBytes(names));
      for (int number = 0; number < images.size(); number++) {
        Path image = images.get(number);
        zip.add(Integer.toString(number), entry -> media.copy(image, entry));
      }
    }
  }

  /**
   * Deletes the database and whatever journal SQLite left beside it, as well as it can: a file left
   * in the temporary folder must neither fail an export nor hide the error that ended one.
   *
   * @param failure the error the export is ending with, which a deletion problem is added to
   */
  private static void deleteTree(Path directory, Exception failure) {
    try (var files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }
}
