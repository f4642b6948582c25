package io.github.questionbank.export.anki;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An Anki import file read the way Anki's text importer reads it: strict UTF-8; the {@code #key:
 * value} header lines only at the very top; then the rows, tab-separated with RFC 4180 quotes, a
 * row that starts with {@code #} skipped as a comment; fields found as Anki's import dialog finds
 * them.
 */
record AnkiImportFile(List<String> headerLines, String body, List<CSVRecord> records) {

  /** What Anki's CSV reader does with the rows (the comment marker included). */
  private static final CSVFormat ANKI_ROWS =
      CSVFormat.RFC4180.builder().setDelimiter('\t').setCommentMarker('#').get();

  static AnkiImportFile read(Path file) throws IOException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
            .toString();
    List<String> headers = new ArrayList<>();
    int at = 0;
    while (at < text.length() && text.charAt(at) == '#') {
      int end = text.indexOf('\n', at);
      headers.add(text.substring(at, end));
      at = end + 1;
    }
    String body = text.substring(at);
    try (CSVParser parser = CSVParser.parse(new StringReader(body), ANKI_ROWS)) {
      return new AnkiImportFile(List.copyOf(headers), body, parser.getRecords());
    }
  }

  /** The value of a header line such as {@code #deck column:4}. */
  String header(String key) {
    return optionalHeader(key)
        .orElseThrow(() -> new AssertionError("no #" + key + " header in " + headerLines));
  }

  Optional<String> optionalHeader(String key) {
    return headerLines.stream()
        .filter(line -> line.startsWith("#" + key + ":"))
        .map(line -> line.substring(key.length() + 2))
        .findFirst();
  }

  /**
   * A field of a row as Anki fills a note of an English profile's Basic note type with the import
   * dialog's defaults: {@code Front} and {@code Back} are the note's fields ({@link
   * AnkiTextImport}), {@code Deck}, {@code Tags} and {@code GUID} the columns the header lines
   * name.
   */
  String field(CSVRecord record, String column) {
    return switch (column) {
      case "Deck" -> fieldByHeader(record, "deck column");
      case "Tags" -> fieldByHeader(record, "tags column");
      case "GUID" -> fieldByHeader(record, "guid column");
      default -> {
        int field = AnkiTextImport.BASIC.fields().indexOf(column);
        if (field < 0) {
          throw new AssertionError("no column " + column);
        }
        yield AnkiTextImport.BASIC.fieldsOf(this, record).get(field);
      }
    };
  }

  /** A field of a row, by a {@code #... column:N} header (1-based), as Anki finds it. */
  String fieldByHeader(CSVRecord record, String headerKey) {
    return record.get(Integer.parseInt(header(headerKey)) - 1);
  }

  List<String> column(String column) {
    return records.stream().map(record -> field(record, column)).toList();
  }

  CSVRecord byGuid(String guid) {
    return records.stream()
        .filter(record -> fieldByHeader(record, "guid column").equals(guid))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with GUID " + guid));
  }
}
