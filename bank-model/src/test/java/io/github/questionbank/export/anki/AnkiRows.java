package io.github.questionbank.export.anki;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An Anki import file's rows as Anki reads them, and GUIDs, for tests outside this package. */
public final class AnkiRows {

  private AnkiRows() {}

  /**
   * Each row as Anki's import dialog reads it into Basic: {@code Front}, {@code Back}, {@code
   * Deck}, {@code Tags} and {@code GUID}.
   */
  public static List<Map<String, String>> read(Path file) throws IOException {
    AnkiImportFile anki = AnkiImportFile.read(file);
    List<String> columns = List.of("Front", "Back", "Deck", "Tags", "GUID");
    return anki.records().stream()
        .map(
            record -> {
              Map<String, String> row = new LinkedHashMap<>();
              columns.forEach(column -> row.put(column, anki.field(record, column)));
              return row;
            })
        .toList();
  }

  /** The GUID the note of a question gets. */
  public static String guid(String bankId, String questionId) {
    return AnkiGuid.of(bankId, questionId);
  }
}
