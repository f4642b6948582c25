package io.github.questionbank.anki;

import static org.assertj.core.api.Assertions.assertThat;

import anki.import_export.CsvMetadata;
import anki.import_export.ImportResponse;
import anki.notes.Note;
import anki.notetypes.Notetype;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bank's {@code .anki.csv}, imported as a learner does it: File > Import, and Import with
 * every default the dialog takes from the file's own header lines. Anki's stock note type has a
 * name of the profile's language ("Basic", German "Einfach"), so the import must work in both.
 */
class RealBankCsvTest {

  @TempDir static Path folder;

  private static Bank bank;
  private static Path csv;
  private static List<Map<String, String>> rows;

  @BeforeAll
  static void exportTheCsv() throws Exception {
    bank = BankFiles.read(BankFiles.realBank());
    Path output = folder.resolve("bank");
    BankFiles.export(BankFiles.realBank(), output, BankFiles.BUILD_TIMESTAMP, "anki-csv");
    csv = output.resolve(bank.id() + ".anki.csv");
    rows = CsvRows.read(csv);
  }

  @Test
  void anEnglishProfileGetsEveryRowAsANoteWithItsFieldsDeckTagsAndGuid() throws Exception {
    assertLandsInTheRightFields("en", "Basic");
  }

  @Test
  void aGermanProfileGetsEveryRowAsANoteWithItsFieldsDeckTagsAndGuid() throws Exception {
    assertLandsInTheRightFields("de", "Einfach");
  }

  private static void assertLandsInTheRightFields(String lang, String basic) throws Exception {
    try (AnkiProfile anki = AnkiProfile.open(Files.createDirectories(folder.resolve(lang)), lang)) {
      CsvMetadata defaults = anki.csvDefaults(csv);
      ImportResponse.Log log = anki.importCsvWithDialogDefaults(csv);
      List<Note> notes = anki.notes();
      System.out.printf(
          "CSV in a profile in '%s': note type %s, %d new, %d updated, %d duplicates; first"
              + " note's fields %s%n",
          lang,
          anki.engine().getNotetype(defaults.getGlobalNotetype().getId()).getName(),
          log.getNewCount(),
          log.getUpdatedCount(),
          log.getDuplicateCount(),
          notes.isEmpty() ? "-" : abbreviated(notes.get(0).getFieldsList()));

      long questions = bank.questions().count();
      assertThat(log.getNewCount()).isEqualTo(questions);
      assertThat(notes).hasSize((int) questions);
      Map<String, Note> byGuid =
          notes.stream().collect(Collectors.toMap(Note::getGuid, Function.identity()));
      assertThat(byGuid.keySet())
          .containsExactlyInAnyOrderElementsOf(
              bank.questions().map(q -> BankFiles.guid(bank, q)).toList());
      for (Map<String, String> row : rows) {
        Note note = byGuid.get(row.get("GUID"));
        Notetype type = anki.notetypeOf(note);
        assertThat(type.getName()).isEqualTo(basic);
        assertThat(note.getFields(0))
            .as("Front of %s", row.get("GUID"))
            .isEqualTo(row.get("Front"));
        assertThat(note.getFields(1)).as("Back of %s", row.get("GUID")).isEqualTo(row.get("Back"));
        assertThat(anki.deckOf(note)).isEqualTo(row.get("Deck"));
        assertThat(note.getTagsList()) // Anki keeps tags sorted
            .containsExactlyInAnyOrder(row.get("Tags").split(" "));
      }
      for (Question question : bank.questions().toList()) {
        assertThat(byGuid.get(BankFiles.guid(bank, question)).getTagsList())
            .containsExactlyInAnyOrderElementsOf(RealBankPackageTest.expectedTags(question));
      }
    }
  }

  private static String abbreviated(List<String> fields) {
    return fields.stream()
        .map(f -> f.length() > 30 ? f.substring(0, 30) + "..." : f)
        .collect(Collectors.joining(" | ", "[", "]"));
  }
}
