package io.github.questionbank.export.anki;

import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.model.Bank;
import io.github.questionbank.select.Pack;
import io.github.questionbank.testing.BankFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file as Anki's text importer reads it: header lines, then one quoted row per question. */
class AnkiCsvFileTest {

  /** Starts with {@code =}; has a tab, double quotes and characters outside Latin-1. */
  private static final String AWKWARD_QUESTION = "=1+1 \"quoted\"\tand tabbed — 日本語 ≥ 😀 naïve?";

  private static final String AWKWARD_ANSWER =
      """
      Say "it depends",\tthen = explain: ünïcödé — 日本語 → ≈.

      ```sh
      # a line that starts with a hash, inside a quoted field
      echo "x"\t# a tab before this comment
      ```
      """;

  @TempDir Path temp;

  @Test
  void headerLinesComeFirstExactlyAsAnkiReadsThem() throws Exception {
    AnkiImportFile file = exportMinimal(temp);

    // No #columns: with column names, Anki fills only the fields whose names match them, and a
    // German profile's Basic has Vorderseite and Rückseite.
    assertThat(file.headerLines())
        .containsExactly(
            "#separator:Tab",
            "#html:true",
            "#notetype:Basic",
            "#deck column:3",
            "#tags column:4",
            "#guid column:5");
  }

  @Test
  void oneRecordPerQuestionInPackOrderWithEveryColumn() throws Exception {
    AnkiImportFile file = exportMinimal(temp);

    assertThat(file.records()).hasSize(3);
    assertThat(file.records()).allSatisfy(record -> assertThat(record.size()).isEqualTo(5));
    assertThat(file.column("Front"))
        .containsExactly("What is it?", "Why use it?", "How does it <strong>work</strong>?");
    assertThat(file.column("Back").get(2))
        .isEqualTo(
            "<p>Like this:</p>\n"
                + InlineCodeColours.CODE_BOX
                + "<code class=\"language-text\">&lt;tag&gt; is fine in fenced code\n</code></pre>");
    assertThat(file.column("GUID")).allMatch(guid -> guid.matches("qb[0-9a-f]{32}"));
  }

  /**
   * The import dialog's defaults, in an English profile and in a German one (whose Basic is called
   * Einfach, so that {@code #notetype:Basic} names nothing there), and in an English profile whose
   * last used note type is Cloze: the question fills the first field, the answer the second.
   */
  @Test
  void notesLandInTheirFieldsWhateverTheProfilesLanguage() throws Exception {
    AnkiImportFile file = exportMinimal(temp);
    List<AnkiTextImport> english =
        List.of(AnkiTextImport.BASIC, AnkiTextImport.CLOZE, AnkiTextImport.EINFACH);

    assertThat(AnkiTextImport.noteType(file, english, AnkiTextImport.CLOZE))
        .isEqualTo(AnkiTextImport.BASIC);
    AnkiTextImport german =
        AnkiTextImport.noteType(file, List.of(AnkiTextImport.EINFACH), AnkiTextImport.EINFACH);
    assertThat(german).isEqualTo(AnkiTextImport.EINFACH);
    for (AnkiTextImport noteType : List.of(AnkiTextImport.BASIC, german)) {
      assertThat(noteType.fieldsOf(file, file.records().get(2)))
          .as(noteType.name())
          .containsExactly(
              "How does it <strong>work</strong>?",
              "<p>Like this:</p>\n"
                  + InlineCodeColours.CODE_BOX
                  + "<code class=\"language-text\">&lt;tag&gt; is fine in fenced code\n</code></pre>");
    }
    CSVRecord first = file.records().get(0);
    assertThat(file.fieldByHeader(first, "deck column")).isEqualTo("Mini Bank::01 Basics");
    assertThat(file.fieldByHeader(first, "tags column"))
        .isEqualTo("difficulty::LOW section::basics lesson::01");
    assertThat(file.fieldByHeader(first, "guid column"))
        .isEqualTo(AnkiGuid.of("mini-bank", "what-is-it"));
  }

  @Test
  void noRowStartsWithAHash() throws Exception {
    AnkiImportFile file = exportMinimal(temp);

    for (CSVRecord record : file.records()) {
      char first = file.body().charAt((int) record.getCharacterPosition());
      assertThat(first).isNotEqualTo('#');
    }
  }

  /**
   * Anki takes every line at the top that starts with {@code #} as a header line, and skips a row
   * that starts with one as a comment: a question that starts with {@code #} is quoted.
   */
  @Test
  void aQuestionStartingWithAHashIsQuotedSoItsRowIsNeitherHeaderNorComment() throws Exception {
    BankFixture fixture =
        BankFixture.minimal(temp.resolve("project"))
            .with(
                BankFixture.WHAT,
                question(
                    "what-is-it", "LOW", "[\"01\"]", "\"#deck column:1 is a header?\"", "Yes."));
    fixture.write();
    Pack pack = AnkiExportRun.wholeBank(AnkiExportRun.bank(fixture.project()));

    AnkiImportFile file = AnkiExportRun.exportAndRead(pack, fixture.project(), temp.resolve("out"));

    assertThat(file.headerLines()).hasSize(6).contains("#deck column:3");
    assertThat(file.body()).startsWith("\"#deck column:1 is a header?\"\t<p>Yes.</p>\t");
    assertThat(file.records()).hasSize(3);
    assertThat(file.field(file.records().get(0), "Front")).isEqualTo("#deck column:1 is a header?");
  }

  @Test
  void awkwardCharactersRoundTrip() throws Exception {
    BankFixture fixture =
        BankFixture.minimal(temp.resolve("project"))
            .with(
                BankFixture.WHAT,
                question(
                    "what-is-it",
                    "LOW",
                    "[\"01\"]",
                    "\"=1+1 \\\"quoted\\\"\\tand tabbed — 日本語 ≥ 😀 naïve?\"",
                    AWKWARD_ANSWER));
    fixture.write();
    Bank bank = AnkiExportRun.bank(fixture.project());

    AnkiImportFile file =
        AnkiExportRun.exportAndRead(
            AnkiExportRun.wholeBank(bank), fixture.project(), temp.resolve("out"));

    // The comment-aware parser still sees every question: the '#' line stayed inside its quotes.
    assertThat(file.records()).hasSize(3);
    CSVRecord awkward = file.records().get(0);
    assertThat(awkward.size()).isEqualTo(5);
    assertThat(StringEscapeUtils.unescapeHtml4(file.field(awkward, "Front")))
        .isEqualTo(AWKWARD_QUESTION);
    // The code is highlighted: its text is what is left once the colour spans are taken away.
    assertThat(
            StringEscapeUtils.unescapeHtml4(
                file.field(awkward, "Back").replaceAll("</?span[^>]*>", "")))
        .contains("Say \"it depends\",\tthen = explain: ünïcödé — 日本語 → ≈.")
        .contains(
            "# a line that starts with a hash, inside a quoted field\n"
                + "echo \"x\"\t# a tab before this comment\n");
  }

  @Test
  void sameBankGivesSameBytesInAnyFolderAsUtf8WithLineFeeds() throws Exception {
    BankFixture.minimal(temp.resolve("a")).write();
    BankFixture.minimal(temp.resolve("elsewhere/b")).write();

    byte[] first = exportBytes(temp.resolve("a"), temp.resolve("out-a"));
    byte[] second = exportBytes(temp.resolve("elsewhere/b"), temp.resolve("out-b"));

    assertThat(second).isEqualTo(first);
    String text = new String(first, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").doesNotStartWith("\uFEFF").endsWith("\n");
    assertThat(text).doesNotContain(temp.toString());
  }

  @Test
  void fileAndFormatNames() throws Exception {
    BankFixture fixture = BankFixture.minimal(temp.resolve("project"));
    fixture.write();
    Pack pack = AnkiExportRun.wholeBank(AnkiExportRun.bank(fixture.project()));

    assertThat(new AnkiCsvExporter().format()).isEqualTo("anki-csv");
    assertThat(new AnkiCsvExporter().fileName(pack)).isEqualTo("mini-bank.anki.csv");
  }

  private static AnkiImportFile exportMinimal(Path temp) throws Exception {
    BankFixture fixture = BankFixture.minimal(temp.resolve("project"));
    fixture.write();
    Pack pack = AnkiExportRun.wholeBank(AnkiExportRun.bank(fixture.project()));
    return AnkiExportRun.exportAndRead(pack, fixture.project(), temp.resolve("out"));
  }

  private static byte[] exportBytes(Path project, Path out) throws Exception {
    Pack pack = AnkiExportRun.wholeBank(AnkiExportRun.bank(project));
    AnkiExportRun.export(pack, project, out);
    return Files.readAllBytes(out.resolve("mini-bank.anki.csv"));
  }
}
