package io.github.questionbank.export.anki;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Section;
import io.github.questionbank.select.Pack;
import io.github.questionbank.testing.RealBankContent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real bank of bank-content as a package, read back as Anki would. */
class AnkiPackageRealBankTest {

  @TempDir static Path out;

  private static Bank bank;
  private static AnkiPackageFile apkg;
  private static AnkiImportFile csv;

  @BeforeAll
  static void export() throws Exception {
    bank = AnkiExportRun.bank(AnkiExportRun.REAL_PROJECT);
    Pack pack = AnkiExportRun.wholeBank(bank);
    apkg = AnkiPackageTesting.export(pack, AnkiExportRun.REAL_PROJECT, out.resolve("bank"));
    csv = AnkiPackageTesting.csv(pack, out.resolve("bank"));
  }

  @Test
  void oneNotePerQuestionInOneSubdeckPerSectionOfOneNoteType() {
    RealBankContent content = RealBankContent.real();
    assertThat(apkg.notes()).hasSize(content.count());
    assertThat(apkg.cards()).hasSize(content.count());
    assertThat(apkg.collection().models().size()).isEqualTo(1);
    List<String> sections = new ArrayList<>();
    for (Section section : bank.sections()) {
      sections.add(
          "API Interview Question Bank::%02d %s"
              .formatted(bank.sections().indexOf(section) + 1, section.title()));
    }
    assertThat(bank.sections())
        .extracting(Section::title)
        .containsExactlyElementsOf(
            content.sections().stream().map(RealBankContent.Section::title).toList());
    assertThat(apkg.collection().deckNames().values())
        .containsExactlyElementsOf(
            concat(List.of("Default", "API Interview Question Bank"), sections));
    assertThat(apkg.cards())
        .extracting(card -> apkg.collection().deckNames().get(card.did()))
        .containsOnly(sections.toArray(String[]::new));
  }

  @Test
  void theNotesAreTheCsvsRowsInOrder() {
    JsonNode noteType = apkg.collection().noteType();
    List<AnkiPackageFile.Note> notes = apkg.notesInPackOrder();

    assertThat(notes)
        .extracting(AnkiPackageFile.Note::guid)
        .containsExactlyElementsOf(csv.column("GUID"));
    // The same answers; the CSV's highlighted code carries its colours inline, the package's as
    // classes its note type's style sheet colours.
    assertThat(notes)
        .extracting(note -> InlineCodeColours.of(note.field(noteType, "Answer")))
        .containsExactlyElementsOf(csv.column("Back"));
    assertThat(notes)
        .extracting(note -> note.tags().strip())
        .containsExactlyElementsOf(csv.column("Tags"));
  }

  @Test
  void pkceShowsItsChipLessonAndCode() {
    JsonNode noteType = apkg.collection().noteType();
    AnkiPackageFile.Note pkce = apkg.note(AnkiGuid.of(bank.id(), "pkce"));

    assertThat(pkce.field(noteType, "Difficulty")).isEqualTo("HIGH");
    assertThat(pkce.field(noteType, "Section")).isEqualTo("Security");
    assertThat(pkce.field(noteType, "Lessons"))
        .isEqualTo("07 \u00b7 API security: authentication, authorization, OAuth/JWT, OWASP");
    assertThat(pkce.field(noteType, "Id")).isEqualTo("pkce");
    assertThat(pkce.field(noteType, "Answer")).contains("<code>code_verifier</code>");
  }

  @Test
  void nothingOnTheCardsCanRunAScript() {
    StringBuilder all = new StringBuilder();
    apkg.notes().forEach(note -> all.append(String.join("\n", note.fields())));
    JsonNode template = apkg.collection().noteType().get("tmpls").get(0);
    all.append(template.get("qfmt").asText()).append(template.get("afmt").asText());

    assertThat(all.toString().toLowerCase(Locale.ROOT))
        .doesNotContain("<script", "onclick", "onerror", "onload", "javascript:");
    assertThat(apkg.mediaMap()).isEmpty();
  }

  /**
   * Anki lists decks, and serves a parent deck's new cards, in the order of their names (compared
   * without case, {@code ::} as a separator that sorts before any character): the bank's order.
   */
  @Test
  void ankiListsTheSubdecksInTheBanksOrder() {
    List<String> inBankOrder = new ArrayList<>();
    for (AnkiPackageFile.Card card : apkg.cards()) {
      String deck = apkg.collection().deckNames().get(card.did());
      if (!inBankOrder.contains(deck)) {
        inBankOrder.add(deck);
      }
    }

    assertThat(inBankOrder).hasSize(bank.sections().size());
    assertThat(AnkiDeckOrder.sorted(inBankOrder)).containsExactlyElementsOf(inBankOrder);
    assertThat(AnkiDeckOrder.sorted(csv.column("Deck").stream().distinct().toList()))
        .containsExactlyElementsOf(inBankOrder);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
