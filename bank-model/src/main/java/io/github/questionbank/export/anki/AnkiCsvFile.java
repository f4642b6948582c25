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
 * Anki reads the header lines only at the top of the file.
 *
 * <p>The file must fill the right fields with the import dialog's defaults in a profile of any
 * language. Anki's importer ({@code rslib/src/import_export/text/csv/metadata.rs}, the same from
 * 2.1.55 to 26.08) ignores {@code #notetype:Basic} when the profile has no note type of that name
 * (a German profile's is called "Einfach") and takes the profile's default note type instead. It
 * then maps fields to columns by name if the file has {@code #columns}, which would leave
 * "Vorderseite" and "Rückseite" empty or fill them from the wrong column; without it, the fields
 * take, in order, the columns that no {@code #... column} line claims. So there is no {@code
 * #columns}, and the question and the answer are the first two columns, followed by the deck, tags
 * and GUID columns the header lines point at.
 *
 * <p>{@code #notetype:Basic} stays: in an English profile it picks Basic even when the learner's
 * last used note type is another one; elsewhere it is ignored.
 *
 * <p>A row must never start with {@code #}: Anki would take it for a header line if it came first,
 * and skip it as a comment anywhere else. The first column is the question, which may start with
 * {@code #}; Commons CSV quotes every field that starts with a character up to {@code #} (its
 * "minimal" quoting is conservative there), so such a row starts with {@code "}.
 */
final class AnkiCsvFile {

  /** The question and answer first: see above. */
  static final List<String> COLUMNS = List.of("Front", "Back", "Deck", "Tags", "GUID");

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
          note.front(), InlineCodeColours.of(note.back()), note.deck(), note.tags(), note.guid());
    }
    printer.flush();
  }

  /** Anki counts columns from 1. */
  private static int column(String name) {
    return COLUMNS.indexOf(name) + 1;
  }
}
