package io.github.questionbank.anki;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Our {@code .anki.csv} read back with Commons CSV, each row keyed the way Anki's import reads it:
 * the columns that the {@code #deck column:}, {@code #tags column:} and {@code #guid column:}
 * header lines name are Deck, Tags and GUID; the others, in file order, are the note's fields,
 * Front and Back.
 */
final class CsvRows {

  private static final List<String> FIELDS = List.of("Front", "Back");

  private CsvRows() {}

  static List<Map<String, String>> read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    Map<Integer, String> named = new HashMap<>();
    int first = 0;
    while (first < lines.size() && lines.get(first).startsWith("#")) {
      String line = lines.get(first);
      for (String name : List.of("deck", "tags", "guid")) {
        String prefix = "#" + name + " column:";
        if (line.startsWith(prefix)) {
          String label =
              name.equals("guid") ? "GUID" : name.substring(0, 1).toUpperCase() + name.substring(1);
          named.put(Integer.parseInt(line.substring(prefix.length()).strip()) - 1, label);
        }
      }
      first++;
    }
    if (named.size() != 3) {
      throw new IllegalStateException("no deck, tags and guid column lines in " + csv);
    }
    String body = String.join("\n", lines.subList(first, lines.size()));
    List<Map<String, String>> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter('\t').get();
    try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
      for (CSVRecord record : parser) {
        Map<String, String> row = new LinkedHashMap<>();
        int field = 0;
        for (int i = 0; i < record.size(); i++) {
          String name = named.containsKey(i) ? named.get(i) : FIELDS.get(field++);
          row.put(name, record.get(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
