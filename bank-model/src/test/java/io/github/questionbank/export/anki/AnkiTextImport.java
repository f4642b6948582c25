package io.github.questionbank.export.anki;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * What Anki's import dialog proposes for a text file before the learner touches anything: the note
 * type and which column fills each of its fields. A port of {@code get_csv_metadata} in Anki's
 * {@code rslib/src/import_export/text/csv/metadata.rs} ({@code parse_meta_value}, {@code
 * maybe_set_notetype_and_deck}, {@code maybe_init_notetype_map} and the functions it calls), which
 * is the same from Anki 2.1.55, the first to read header lines, to 26.08:
 *
 * <ul>
 *   <li>{@code #notetype:NAME} picks the profile's note type of that name; if there is none, the
 *       line is ignored and the profile's default note type (the one "Add" would use) is taken;
 *   <li>the first field starts mapped to column 1, meta columns (deck, tags, GUID) included;
 *   <li>with {@code #columns} names, a field gets the column of its own name, and a field whose
 *       name no column has stays empty; without names, the fields take the columns that are not
 *       meta columns, in order.
 * </ul>
 *
 * @param name the note type's name in the profile
 * @param fields the note type's field names, in order
 */
record AnkiTextImport(String name, List<String> fields) {

  /** An English profile's stock note types. */
  static final AnkiTextImport BASIC = new AnkiTextImport("Basic", List.of("Front", "Back"));

  static final AnkiTextImport CLOZE = new AnkiTextImport("Cloze", List.of("Text", "Back Extra"));

  /** A German profile's stock Basic. */
  static final AnkiTextImport EINFACH =
      new AnkiTextImport("Einfach", List.of("Vorderseite", "Rückseite"));

  /**
   * The note type the dialog starts with in a profile: the file's {@code #notetype} if the profile
   * has one of that name, else the profile's default.
   */
  static AnkiTextImport noteType(
      AnkiImportFile file, List<AnkiTextImport> profile, AnkiTextImport profileDefault) {
    Optional<String> named = file.optionalHeader("notetype");
    return named
        .flatMap(name -> profile.stream().filter(type -> type.name().equals(name)).findFirst())
        .orElse(profileDefault);
  }

  /** The 1-based column of each field, 0 for a field left empty. */
  List<Integer> fieldColumns(AnkiImportFile file) {
    Set<Integer> metaColumns = new HashSet<>();
    for (String key : List.of("deck column", "tags column", "guid column")) {
      file.optionalHeader(key)
          .map(value -> Integer.parseInt(value.strip()))
          .ifPresent(metaColumns::add);
    }
    List<String> labels =
        file.optionalHeader("columns")
            .map(value -> Arrays.asList(value.split("\t", -1)))
            .orElseGet(() -> emptyLabels(file));
    Integer[] columns = new Integer[fields.size()];
    Arrays.fill(columns, 0);
    columns[0] = 1;
    if (labels.stream().allMatch(String::isEmpty)) {
      int field = 0;
      for (int column = 1; column <= labels.size() && field < columns.length; column++) {
        if (!metaColumns.contains(column)) {
          columns[field++] = column;
        }
      }
    } else {
      Map<String, Integer> byName = new HashMap<>();
      for (int column = 1; column <= labels.size(); column++) {
        if (!metaColumns.contains(column)) {
          byName.put(labels.get(column - 1), column);
        }
      }
      for (int field = 0; field < columns.length; field++) {
        Integer column = byName.get(fields.get(field));
        if (column != null) {
          columns[field] = column;
        }
      }
    }
    if (columns[0] == 0) {
      for (int column = 1; column <= labels.size(); column++) {
        if (!metaColumns.contains(column)) {
          columns[0] = column;
          break;
        }
      }
    }
    return List.of(columns);
  }

  /** The note's fields as this note type gets them from a row: empty where no column maps. */
  List<String> fieldsOf(AnkiImportFile file, CSVRecord record) {
    List<String> values = new ArrayList<>();
    for (int column : fieldColumns(file)) {
      values.add(column == 0 || column > record.size() ? "" : record.get(column - 1));
    }
    return values;
  }

  /** Without {@code #columns}, one unnamed column per field of the first row. */
  private static List<String> emptyLabels(AnkiImportFile file) {
    int width = file.records().isEmpty() ? 0 : file.records().get(0).size();
    return new ArrayList<>(java.util.Collections.nCopies(width, ""));
  }
}
