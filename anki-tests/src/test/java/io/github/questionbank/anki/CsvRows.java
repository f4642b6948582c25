package io.github.questionbank.anki;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Our {@code .anki.csv} read back with Commons CSV: the rows, each keyed by the names its {@code
 * #columns:} header line gives, whatever order the columns are in.
 */
final class CsvRows {

  private CsvRows() {}

  static List<Map<String, String>> read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> columns = null;
    int first = 0;
    while (first < lines.size() && lines.get(first).startsWith("#")) {
      String line = lines.get(first);
      if (line.startsWith("#columns:")) {
        columns = List.of(line.substring("#columns:".length()).split("\t"));
      }
      first++;
    }
    if (columns == null) {
      throw new IllegalStateException("no #columns: line in " + csv);
    }
    String body = String.join("\n", lines.subList(first, lines.size()));
    List<Map<String, String>> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter('\t').get();
    try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
      for (CSVRecord record : parser) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          row.put(columns.get(i), record.get(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
