package io.github.questionbank.export.anki;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Anki's text-import file: its header lines, then one tab-separated, RFC 4180-quoted row per note.
 * Anki reads the header lines only at the top of the file, and {@code #separator} must come before
 * {@code #columns}, whose names are split with that separator.
 */
final class AnkiCsvFile {

  /** The GUID first, so that no row can start with {@code #} (see {@link AnkiGuid}). */
  static final List<String> COLUMNS = List.of("GUID", "Front", "Back", "Deck", "Tags");

  /** Tabs, not commas: answers are full of commas, and tabs in them are quoted anyway. */
  static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setDelimiter('\t').setRecordSeparator("\n").get();

  private AnkiCsvFile() {}

  /** The header lines, each without its line feed. */
  static List<String> headerLines() {
    return List.of(
        "#separator:Tab",
        "#html:true",
        "#notetype:Basic",
        "#columns:" + String.join("\t", COLUMNS),
        "#deck column:" + column("Deck"),
        "#tags column:" + column("Tags"),
        "#guid column:" + column("GUID"));
  }

  /** Writes UTF-8 without a byte order mark, LF line ends; leaves {@code out} open. */
  static void write(List<AnkiNote> notes, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    for (String line : headerLines()) {
      writer.write(line);
      writer.write('\n');
    }
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    for (AnkiNote note : notes) {
      printer.printRecord(
          note.guid(), note.front(), InlineCodeColours.of(note.back()), note.deck(), note.tags());
    }
    printer.flush();
  }

  /** Anki counts columns from 1. */
  private static int column(String name) {
    return COLUMNS.indexOf(name) + 1;
  }
}
