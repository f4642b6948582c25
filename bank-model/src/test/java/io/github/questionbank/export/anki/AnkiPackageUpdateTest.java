package io.github.questionbank.export.anki;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A re-published bank updates the learner's notes in place: Anki matches notes by GUID and note
 * types by id, and updates a note whose incoming modification time is newer.
 */
class AnkiPackageUpdateTest {

  private static final String ADDED = "questions/advanced/020-added.md";

  @TempDir Path temp;

  @Test
  void anEditedBankKeepsEveryIdOfWhatDidNotChangeAndDatesItsNotesLater() throws Exception {
    BankFixture fixture = BankFixture.minimal(temp.resolve("project"));
    fixture.write();
    Instant first = AnkiPackageTesting.TIMESTAMP;
    AnkiPackageFile before = export(fixture, "before", first);

    // Change one answer, add a question, remove one; republish with a later timestamp.
    fixture
        .withAnswer("It is a different thing now.")
        .without(BankFixture.WHY)
        .with(
            ADDED,
            BankFixture.question("added-later", "HIGH", "[\"01\", \"02\"]", "Added?", "Yes."));
    fixture.write();
    Instant second = first.plus(Duration.ofDays(30));
    AnkiPackageFile after = export(fixture, "after", second);

    assertThat(after.collection().noteType().get("id").asLong())
        .isEqualTo(before.collection().noteType().get("id").asLong());
    assertThat(after.collection().deckNames()).isEqualTo(before.collection().deckNames());
    JsonNode noteType = after.collection().noteType();
    assertThat(names(noteType)).isEqualTo(names(before.collection().noteType()));

    String what = AnkiGuid.of("mini-bank", "what-is-it");
    String why = AnkiGuid.of("mini-bank", "why-use-it");
    String how = AnkiGuid.of("mini-bank", "how-does-it-work");
    String added = AnkiGuid.of("mini-bank", "added-later");
    assertThat(after.notes())
        .extracting(AnkiPackageFile.Note::guid)
        .containsExactlyInAnyOrder(what, how, added);
    assertThat(before.notes()).extracting(AnkiPackageFile.Note::guid).doesNotContain(added);

    for (String kept : new String[] {what, how}) {
      assertThat(after.note(kept).id()).as("note id").isEqualTo(before.note(kept).id());
      assertThat(after.cardOf(after.note(kept)).id())
          .as("card id")
          .isEqualTo(before.cardOf(before.note(kept)).id());
      assertThat(after.cardOf(after.note(kept)).did())
          .as("deck")
          .isEqualTo(before.cardOf(before.note(kept)).did());
      // Newer than what the learner has: "Update notes: if newer" takes it.
      assertThat(after.note(kept).mod()).isEqualTo(second.getEpochSecond());
      assertThat(after.note(kept).mod()).isGreaterThan(before.note(kept).mod());
    }
    assertThat(after.note(what).field(noteType, "Answer"))
        .isEqualTo("<p>It is a different thing now.</p>");
    assertThat(after.note(how).fields()).isEqualTo(before.note(how).fields());
    assertThat(after.note(added).field(noteType, "Section")).isEqualTo("Advanced");
    // The note type's definition did not change: its date stays, and Anki leaves it alone.
    assertThat(after.collection().noteType().get("mod").asLong())
        .isEqualTo(before.collection().noteType().get("mod").asLong())
        .isEqualTo(AnkiNoteType.DEFINED.getEpochSecond());
  }

  private AnkiPackageFile export(BankFixture fixture, String out, Instant timestamp)
      throws Exception {
    return AnkiPackageTesting.export(
        AnkiExportRun.wholeBank(AnkiExportRun.bank(fixture.project())),
        fixture.project(),
        temp.resolve(out),
        timestamp);
  }

  private static Map<Integer, String> names(JsonNode noteType) {
    Map<Integer, String> names = new java.util.TreeMap<>();
    noteType.get("flds").forEach(f -> names.put(f.get("ord").asInt(), f.get("name").asText()));
    noteType
        .get("tmpls")
        .forEach(t -> names.put(100 + t.get("ord").asInt(), t.get("name").asText()));
    return names;
  }
}
