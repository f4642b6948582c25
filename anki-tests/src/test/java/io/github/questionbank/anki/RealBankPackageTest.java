package io.github.questionbank.anki;

import static org.assertj.core.api.Assertions.assertThat;

import anki.import_export.ImportResponse;
import anki.notes.Note;
import anki.notetypes.Notetype;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bank's {@code .apkg}, imported into a fresh English profile as File > Import does: one
 * note and one card per question, the bank's note type, decks, tags and GUIDs, and every card
 * renders. What is expected comes from the bank's files, never from a count written here.
 */
class RealBankPackageTest {

  @TempDir static Path folder;

  private static Bank bank;
  private static AnkiProfile anki;
  private static ImportResponse.Log log;
  private static Map<String, Note> notesByGuid;

  @BeforeAll
  static void importThePackage() throws Exception {
    bank = BankFiles.read(BankFiles.realBank());
    Path output = folder.resolve("bank");
    BankFiles.export(BankFiles.realBank(), output, BankFiles.BUILD_TIMESTAMP, "anki-apkg");
    anki = AnkiProfile.open(Files.createDirectories(folder.resolve("profile")), "en");
    log = anki.importPackage(output.resolve(bank.id() + ".apkg"));
    notesByGuid =
        anki.notes().stream().collect(Collectors.toMap(Note::getGuid, Function.identity()));
  }

  @AfterAll
  static void closeTheProfile() {
    if (anki != null) {
      anki.close();
    }
  }

  @Test
  void everyQuestionIsOneNewNoteWithOneCard() {
    long questions = bank.questions().count();
    assertThat(log.getNewCount()).isEqualTo(questions);
    assertThat(log.getUpdatedCount() + log.getDuplicateCount() + log.getConflictingCount())
        .isZero();
    assertThat(anki.notes()).hasSize((int) questions);
    assertThat(anki.cardIds()).hasSize((int) questions);
  }

  @Test
  void theNotesCarryOurGuids() {
    assertThat(notesByGuid.keySet())
        .containsExactlyInAnyOrderElementsOf(
            bank.questions().map(q -> BankFiles.guid(bank, q)).toList());
  }

  @Test
  void everyNoteHasTheBanksNoteTypeWithItsSevenFields() {
    for (Question question : bank.questions().toList()) {
      Note note = notesByGuid.get(BankFiles.guid(bank, question));
      Notetype type = anki.notetypeOf(note);
      assertThat(type.getName()).isEqualTo(bank.title());
      assertThat(type.getFieldsList().stream().map(Notetype.Field::getName))
          .containsExactly("Question", "Answer", "Difficulty", "Lessons", "Tags", "Section", "Id");
      assertThat(note.getFields(6)).as("Id").isEqualTo(question.id());
      assertThat(note.getFields(2)).as("Difficulty").isEqualTo(question.difficulty().name());
      assertThat(note.getFields(0)).as("Question").isNotBlank();
      assertThat(note.getFields(1)).as("Answer").isNotBlank();
    }
    assertThat(anki.engine().getNotetypeNames())
        .extracting(n -> n.getName())
        .contains(bank.title());
  }

  @Test
  void everyNoteIsTaggedWithDifficultySectionLessonsAndItsOwnTags() {
    for (Question question : bank.questions().toList()) {
      Note note = notesByGuid.get(BankFiles.guid(bank, question));
      assertThat(note.getTagsList())
          .as(question.id())
          .containsExactlyInAnyOrderElementsOf(expectedTags(question));
    }
  }

  @Test
  void eachSectionIsOneSubdeckOfTheBanksDeck() {
    List<String> subdecks =
        anki.deckList().stream().filter(name -> name.startsWith(bank.title() + "::")).toList();
    assertThat(subdecks).hasSize(bank.sections().size());
    for (Section section : bank.sections()) {
      List<String> decks =
          section.questions().stream()
              .map(q -> anki.deckOf(notesByGuid.get(BankFiles.guid(bank, q))))
              .distinct()
              .toList();
      assertThat(decks).as(section.id()).hasSize(1);
      assertThat(decks.get(0)).startsWith(bank.title() + "::").endsWith(section.title());
    }
  }

  @Test
  void theDeckListAndStudyFollowTheBanksSectionOrder() {
    List<String> subdecks =
        anki.deckList().stream().filter(name -> name.startsWith(bank.title() + "::")).toList();
    assertThat(subdecks).hasSize(bank.sections().size());
    for (int i = 0; i < subdecks.size(); i++) {
      assertThat(subdecks.get(i)).endsWith(bank.sections().get(i).title());
    }

    anki.engine().setCurrentDeck(anki.engine().getDeckIdByName(bank.title()));
    long firstCard = anki.engine().getQueuedCards(1, false).getCards(0).getCard().getDeckId();
    assertThat(anki.engine().getDeck(firstCard).getName())
        .as("the deck studying the bank's deck starts in")
        .endsWith(bank.sections().get(0).title());
  }

  @Test
  void everyCardRendersItsQuestionAndAnswer() {
    for (long cardId : anki.cardIds()) {
      Note note = anki.engine().getNote(anki.engine().getCard(cardId).getNoteId());
      AnkiProfile.RenderedCard card = anki.render(cardId);
      assertThat(card.question())
          .as("question of %s", note.getFields(6))
          .contains(note.getFields(0));
      assertThat(card.answer())
          .as("answer of %s", note.getFields(6))
          .contains(note.getFields(0))
          .contains(note.getFields(1));
    }
  }

  /** {@code difficulty::HIGH section::security lesson::07} and the author's own tags. */
  static List<String> expectedTags(Question question) {
    List<String> tags = new java.util.ArrayList<>();
    tags.add("difficulty::" + question.difficulty().name());
    tags.add("section::" + question.sectionId());
    question.lessons().forEach(lesson -> tags.add("lesson::" + lesson));
    question.tags().stream().filter(tag -> !tags.contains(tag)).forEach(tags::add);
    return tags;
  }
}
