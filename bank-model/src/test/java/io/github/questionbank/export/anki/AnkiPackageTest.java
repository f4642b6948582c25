package io.github.questionbank.export.anki;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.questionbank.export.Formats;
import io.github.questionbank.export.spi.DifficultyChip;
import io.github.questionbank.model.Bank;
import io.github.questionbank.select.Pack;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.Folders;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package of the minimal bank, read back as Anki's importer reads it. */
class AnkiPackageTest {

  private static final long SAFE_INTEGER = 1L << 53;

  @TempDir Path temp;

  private Pack pack;
  private AnkiPackageFile apkg;
  private AnkiImportFile csv;

  @BeforeEach
  void export() throws Exception {
    BankFixture fixture =
        BankFixture.minimal(temp.resolve("project"))
            .with(
                BankFixture.WHY,
                BankFixture.question(
                        "why-use-it",
                        "MEDIUM",
                        "[\"01\", \"02\"]",
                        "Why use it?",
                        "| when | why |\n|---|---|\n| now | 1 < 2 & so |")
                    .replace("lessons:", "tags: [http, design]\nlessons:"));
    fixture.write();
    Bank bank = AnkiExportRun.bank(fixture.project());
    pack = AnkiExportRun.wholeBank(bank);
    Path out = temp.resolve("out");
    apkg = AnkiPackageTesting.export(pack, fixture.project(), out);
    csv = AnkiPackageTesting.csv(pack, out);
  }

  @Test
  void aZipOfASchema11CollectionAndAnEmptyMediaMap() {
    assertThat(apkg.entryNames()).containsExactly("collection.anki2", "media");
    assertThat(apkg.mediaMap()).isEmpty();
    assertThat(apkg.collection().ver()).isEqualTo(11);
    assertThat(apkg.collection().crt()).isEqualTo(AnkiPackageTesting.TIMESTAMP.getEpochSecond());
    assertThat(apkg.collection().mod()).isEqualTo(AnkiPackageTesting.TIMESTAMP.toEpochMilli());
    // SQLite's header: the format string, a 4096-byte page, and a rollback journal (no WAL).
    byte[] database = apkg.database();
    assertThat(new String(database, 0, 16, StandardCharsets.US_ASCII))
        .isEqualTo("SQLite format 3\0");
    assertThat(Short.toUnsignedInt(ByteBuffer.wrap(database, 16, 2).getShort())).isEqualTo(4096);
    assertThat(database[18]).as("write version: 1 = legacy, 2 = WAL").isEqualTo((byte) 1);
    assertThat(database[19]).as("read version").isEqualTo((byte) 1);
  }

  @Test
  void oneNoteTypeNamedAfterTheBankWithItsFieldsInOrder() {
    JsonNode noteType = apkg.collection().noteType();

    assertThat(noteType.get("name").asText()).isEqualTo("Mini Bank");
    assertThat(noteType.get("id").asLong())
        .isEqualTo(AnkiIds.hash("notetype/mini-bank"))
        .isEqualTo(Long.parseLong(apkg.collection().models().fieldNames().next()));
    assertThat(names(noteType.get("flds")))
        .containsExactly("Question", "Answer", "Difficulty", "Lessons", "Tags", "Section", "Id");
    assertThat(noteType.get("type").asInt()).isZero();
    assertThat(noteType.get("sortf").asInt()).isZero();
    assertThat(apkg.collection().conf().get("curModel").asText())
        .isEqualTo(noteType.get("id").asText());
  }

  @Test
  void theTemplateAsksForTheAnswerAloudThenShowsItBelowTheLine() {
    JsonNode templates = apkg.collection().noteType().get("tmpls");
    assertThat(templates).hasSize(1);
    JsonNode template = templates.get(0);
    String front = template.get("qfmt").asText();
    String back = template.get("afmt").asText();

    assertThat(template.get("name").asText()).isEqualTo("Say your answer, then flip");
    assertThat(front)
        .contains("{{Question}}", "chip-{{Difficulty}}", "{{Section}}", "{{Lessons}}")
        .contains("Say your answer out loud, then flip")
        .doesNotContain("{{Answer}}", "{{Tags}}");
    assertThat(back).contains("{{FrontSide}}", "{{Answer}}").doesNotContain("{{Tags}}");
    assertThat(back.indexOf("<hr id=answer>")).isPositive().isLessThan(back.indexOf("{{Answer}}"));
  }

  @Test
  void theCssHasThePdfChipColoursCodeTablesAndNightMode() {
    String css = apkg.collection().noteType().get("css").asText();

    for (DifficultyChip chip : DifficultyChip.values()) {
      assertThat(css)
          .contains(
              ".chip-"
                  + chip.name()
                  + " { color: "
                  + chip.textCss()
                  + "; background-color: "
                  + chip.backgroundCss()
                  + "; }");
    }
    assertThat(css)
        .contains(".nightMode", ".night_mode", "monospace", "overflow-x: auto")
        .contains("border-collapse: collapse")
        .contains(".qb-back .qb-hint { display: none; }");
  }

  @Test
  void theBankDeckWithANumberedSubdeckPerSection() {
    assertThat(apkg.collection().deckNames().values())
        .containsExactly("Default", "Mini Bank", "Mini Bank::01 Basics", "Mini Bank::02 Advanced");
    // The ids come from the ids of the bank, pack and section, never from the names shown.
    assertThat(apkg.collection().deckId("Mini Bank"))
        .isEqualTo(AnkiIds.hash("deck/mini-bank/mini-bank"));
    assertThat(apkg.collection().deckId("Mini Bank::02 Advanced"))
        .isEqualTo(AnkiIds.hash("deck/mini-bank/mini-bank/advanced"));
    for (JsonNode deck : apkg.collection().decks()) {
      assertThat(deck.get("conf").asInt()).as("options group").isEqualTo(1);
      assertThat(deck.get("dyn").asInt()).isZero();
    }
    assertThat(apkg.collection().dconf().fieldNames()).toIterable().containsExactly("1");
  }

  @Test
  void oneNotePerQuestionWithTheCsvsGuidHtmlAndTags() {
    JsonNode noteType = apkg.collection().noteType();
    List<AnkiPackageFile.Note> notes = apkg.notesInPackOrder();

    assertThat(notes).hasSize(csv.records().size()).hasSize(3);
    for (int i = 0; i < notes.size(); i++) {
      AnkiPackageFile.Note note = notes.get(i);
      CSVRecord row = csv.records().get(i);
      assertThat(note.guid()).isEqualTo(csv.field(row, "GUID"));
      assertThat(note.field(noteType, "Question")).isEqualTo(csv.field(row, "Front"));
      // The same answer; the CSV's code blocks carry their look inline (a light box, colours).
      assertThat(InlineCodeColours.of(note.field(noteType, "Answer")))
          .isEqualTo(csv.field(row, "Back"));
      assertThat(note.tags()).isEqualTo(" " + csv.field(row, "Tags") + " ");
      assertThat(note.fields()).hasSize(7);
      assertThat(note.mid()).isEqualTo(noteType.get("id").asLong());
      assertThat(note.mod()).isEqualTo(AnkiPackageTesting.TIMESTAMP.getEpochSecond());
    }
    AnkiPackageFile.Note why = notes.get(1);
    assertThat(why.fields())
        .containsExactly(
            "Why use it?",
            csv.field(csv.records().get(1), "Back"),
            "MEDIUM",
            "01 \u00b7 First lesson<br>02 \u00b7 Second lesson",
            "http design",
            "Basics",
            "why-use-it");
    assertThat(why.field(noteType, "Answer")).contains("<table>", "<td>1 &lt; 2 &amp; so</td>");
    assertThat(why.sfld()).isEqualTo("Why use it?");
    assertThat(why.csum()).isEqualTo(AnkiCollection.checksum("Why use it?"));
    // The fenced block keeps its language as a class, as on the CSV's cards.
    assertThat(notes.get(2).field(noteType, "Answer"))
        .contains("<pre><code class=\"language-text\">&lt;tag&gt; is fine");
    assertThat(notes.get(2).field(noteType, "Question"))
        .isEqualTo("How does it <strong>work</strong>?");
  }

  @Test
  void oneNewCardPerNoteInItsSectionsDeckInPackOrder() {
    List<AnkiPackageFile.Card> cards = apkg.cards();
    List<AnkiPackageFile.Note> notes = apkg.notesInPackOrder();
    List<String> decks = new ArrayList<>();
    for (AnkiPackageFile.Card card : cards) {
      decks.add(apkg.collection().deckNames().get(card.did()));
      assertThat(card.ord()).isZero();
      assertThat(card.type()).as("new").isZero();
      assertThat(card.queue()).as("new queue").isZero();
      assertThat(card.mod()).isEqualTo(AnkiPackageTesting.TIMESTAMP.getEpochSecond());
    }
    assertThat(decks)
        .containsExactly("Mini Bank::01 Basics", "Mini Bank::01 Basics", "Mini Bank::02 Advanced");
    assertThat(cards).extracting(AnkiPackageFile.Card::due).containsExactly(1L, 2L, 3L);
    for (AnkiPackageFile.Note note : notes) {
      assertThat(note.id()).isEqualTo(AnkiIds.hash("note/" + note.guid()));
      assertThat(apkg.cardOf(note).id()).isEqualTo(AnkiIds.hash("card/" + note.guid() + "/0"));
    }
  }

  @Test
  void everyIdIsPositiveSafeForJavaScriptAndDistinct() {
    Set<Long> ids = new HashSet<>();
    apkg.notes().forEach(note -> ids.add(note.id()));
    apkg.cards().forEach(card -> ids.add(card.id()));
    apkg.collection().deckNames().keySet().forEach(ids::add);
    ids.add(apkg.collection().noteType().get("id").asLong());

    assertThat(ids).hasSize(apkg.notes().size() + apkg.cards().size() + 4 + 1);
    assertThat(ids).allSatisfy(id -> assertThat(id).isPositive().isLessThan(SAFE_INTEGER));
  }

  @Test
  void aDifferentQuestionGetsADifferentIdEvenWhenHashesCollide() {
    AnkiIds ids = new AnkiIds();
    long first = ids.of("note/x");

    assertThat(first).isEqualTo(AnkiIds.hash("note/x"));
    assertThat(ids.of("note/x")).as("the same key twice").isNotEqualTo(first);
  }

  @Test
  void theSameBankGivesTheSameBytesInAnotherFolder() throws Exception {
    Path elsewhere = temp.resolve("elsewhere/deeper");
    Folders.copy(temp.resolve("project"), elsewhere);
    Thread.sleep(2_100); // past a zip timestamp's two seconds, had one come from the clock
    AnkiPackageTesting.export(
        AnkiExportRun.wholeBank(AnkiExportRun.bank(elsewhere)), elsewhere, temp.resolve("out2"));

    Path one = temp.resolve("out/mini-bank.apkg");
    Path two = temp.resolve("out2/mini-bank.apkg");
    assertThat(Files.mismatch(one, two)).as("first differing byte").isEqualTo(-1L);
    assertThat(new String(Files.readAllBytes(one), StandardCharsets.ISO_8859_1))
        .doesNotContain(temp.toString());
  }

  @Test
  void theFormatIsADefaultAndNamesItsFile() {
    AnkiPackageExporter exporter = new AnkiPackageExporter();

    assertThat(exporter.format()).isEqualTo("anki-apkg");
    assertThat(exporter.fileName(pack)).isEqualTo("mini-bank.apkg");
    assertThat(Formats.defaults()).contains("anki-apkg");
    assertThat(Formats.byName("anki-apkg")).containsInstanceOf(AnkiPackageExporter.class);
  }

  private static List<String> names(JsonNode fields) {
    List<String> names = new ArrayList<>();
    fields.forEach(field -> names.add(field.get("name").asText()));
    return names;
  }

  /**
   * Anki's Browse search matches a note's stored fields: every field, the package's own included,
   * holds its characters as they are, HTML's own three escaped.
   */
  @Test
  void everyFieldHoldsPlainCharacters() throws Exception {
    BankFixture fixture =
        BankFixture.minimal(temp.resolve("plain"))
            .with(
                "bank.yaml", BankFixture.BANK_YAML.replace("title: Basics", "title: Q&A 'basics'"))
            .with(
                "lessons.yaml",
                """
                lessons:
                  - id: "01"
                    title: 'What''s "REST" & <why>'
                  - id: "02"
                    title: Second lesson
                """)
            .with(
                BankFixture.WHAT,
                BankFixture.question(
                    "what-is-it",
                    "LOW",
                    "[\"01\"]",
                    "\"Doesn't `a+b` = \\\"c\\\"?\"",
                    "It's \"N+1\" & x@y, 1 < 2."));
    fixture.write();
    Pack plain = AnkiExportRun.wholeBank(AnkiExportRun.bank(fixture.project()));
    Path out = temp.resolve("plain-out");
    AnkiPackageFile file = AnkiPackageTesting.export(plain, fixture.project(), out);
    AnkiImportFile rows = AnkiPackageTesting.csv(plain, out);

    AnkiPackageFile.Note what = file.notesInPackOrder().get(0);
    assertThat(what.fields())
        .containsExactly(
            "Doesn't <code>a+b</code> = \"c\"?",
            "<p>It's \"N+1\" &amp; x@y, 1 &lt; 2.</p>",
            "LOW",
            "01 \u00b7 What's \"REST\" &amp; &lt;why&gt;",
            "",
            "Q&amp;A 'basics'",
            "what-is-it");
    CSVRecord row = rows.records().get(0);
    assertThat(rows.field(row, "Front")).isEqualTo(what.fields().get(0));
    assertThat(rows.field(row, "Back")).isEqualTo(what.fields().get(1));
    assertThat(rows.field(row, "Deck")).isEqualTo("Mini Bank::01 Q&A 'basics'");
  }
}
