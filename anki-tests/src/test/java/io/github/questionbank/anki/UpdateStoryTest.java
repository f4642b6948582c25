package io.github.questionbank.anki;

import static org.assertj.core.api.Assertions.assertThat;

import anki.import_export.ImportResponse;
import anki.notes.Note;
import anki.scheduler.CardAnswer;
import anki.scheduler.QueuedCards;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner's update: the real bank's package imported, a few cards reviewed, a sync, then the
 * package of an edited bank (two answers changed, one question added, exported a day later)
 * imported over it with Anki's default options. The figures are printed for the note.
 *
 * <p>The bank's copy is a Git repository, each version a commit of its own day, so that notes dated
 * by their question's last commit can show which two changed.
 */
class UpdateStoryTest {

  private static final String EDIT = "Edited in the update test.";
  private static final String ADDED_ID = "anki-tests-added-question";
  private static final int REVIEWS = 5;

  @TempDir static Path folder;

  private static Bank before;
  private static Bank after;
  private static AnkiProfile anki;
  private static ImportResponse.Log update;
  private static Map<String, Long> noteIdsBefore;
  private static Map<String, Note> notesAfter;
  private static Set<String> editedGuids;
  private static List<Long> reviewedCards;
  private static long reviewsBefore;
  private static long reviewsAfter;
  private static long notesPendingSync;
  private static boolean fullSyncNeeded;

  @BeforeAll
  static void importReviewSyncEditAndImportAgain() throws Exception {
    Path project = BankFiles.copy(BankFiles.realBank(), folder.resolve("project"));
    Git.init(project);
    Git.commitAll(project, "The bank as published first", Instant.parse("2026-11-20T10:00:00Z"));
    before = BankFiles.read(project);
    Path first = folder.resolve("first");
    BankFiles.export(project, first, BankFiles.BUILD_TIMESTAMP, "anki-apkg");

    anki = AnkiProfile.open(Files.createDirectories(folder.resolve("profile")), "en");
    anki.importPackage(first.resolve(before.id() + ".apkg"));
    noteIdsBefore = anki.notes().stream().collect(Collectors.toMap(Note::getGuid, Note::getId));
    reviewedCards = review(REVIEWS);
    reviewsBefore = anki.single("select count(*) from revlog");
    standInForASync();

    List<Question> edited = editTwoAnswersAndAddAQuestion(project);
    Git.commitAll(
        project, "Two answers edited, a question added", Instant.parse("2026-11-21T10:00:00Z"));
    after = BankFiles.read(project);
    editedGuids = edited.stream().map(q -> BankFiles.guid(before, q)).collect(Collectors.toSet());
    Path second = folder.resolve("second");
    BankFiles.export(
        project, second, BankFiles.BUILD_TIMESTAMP.plus(Duration.ofDays(1)), "anki-apkg");
    update = anki.importPackage(second.resolve(after.id() + ".apkg"));

    notesAfter =
        anki.notes().stream().collect(Collectors.toMap(Note::getGuid, Function.identity()));
    reviewsAfter = anki.single("select count(*) from revlog");
    notesPendingSync = anki.single("select count(*) from notes where usn = -1");
    fullSyncNeeded = anki.single("select scm > ls from col") == 1;
    printFigures();
  }

  @AfterAll
  static void closeTheProfile() {
    if (anki != null) {
      anki.close();
    }
  }

  @Test
  void theAddedQuestionIsOneNewNoteAndNothingIsDuplicated() {
    assertThat(update.getNewCount()).isEqualTo(1);
    assertThat(update.getNew(0).getFieldsList()).contains(ADDED_ID);
    // Anki's import log files a note it already has, and that is not newer, under "duplicate":
    // left as it is, not added twice. Every note but the edited ones is such a note.
    assertThat(update.getDuplicateCount())
        .as("notes already present and up to date, left as they are")
        .isEqualTo(noteIdsBefore.size() - editedGuids.size());
    assertThat(update.getConflictingCount()).isZero();
    assertThat(notesAfter).hasSize((int) after.questions().count());
    assertThat(anki.cardIds()).hasSize((int) after.questions().count());
    assertThat(notesAfter).containsKey(BankFiles.guid(after, question(after, ADDED_ID)));
  }

  @Test
  void everyNoteKeepsItsIdAndTheEditedAnswersArrive() {
    for (Map.Entry<String, Long> note : noteIdsBefore.entrySet()) {
      assertThat(notesAfter.get(note.getKey()).getId()).isEqualTo(note.getValue());
    }
    for (String guid : editedGuids) {
      assertThat(notesAfter.get(guid).getFields(1)).contains(EDIT);
    }
    assertThat(update.getUpdatedList())
        .extracting(n -> n.getId().getNid())
        .containsAll(editedGuids.stream().map(noteIdsBefore::get).toList());
  }

  @Test
  void theReviewsAndTheCardsSchedulesAreKept() {
    assertThat(reviewsBefore).isEqualTo(REVIEWS);
    assertThat(reviewsAfter).isEqualTo(reviewsBefore);
    for (long card : reviewedCards) {
      assertThat(anki.engine().getCard(card).getCtype())
          .as("card %d no longer new", card)
          .isNotZero();
    }
  }

  @Test
  void noFullSyncIsNeeded() {
    assertThat(fullSyncNeeded).isFalse();
  }

  @Test
  void exactlyTheTwoEditedNotesChange() {
    assertThat(update.getUpdatedList())
        .extracting(n -> n.getId().getNid())
        .containsExactlyInAnyOrderElementsOf(editedGuids.stream().map(noteIdsBefore::get).toList());
    assertThat(notesPendingSync).as("notes the next sync sends").isEqualTo(3);
  }

  /** Studies the bank's deck: answers {@code count} cards Good, as the reviewer shows them. */
  private static List<Long> review(int count) {
    anki.engine().setCurrentDeck(anki.engine().getDeckIdByName(before.title()));
    List<Long> cards = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      QueuedCards.QueuedCard next = anki.engine().getQueuedCards(1, false).getCards(0);
      anki.engine()
          .answerCard(
              CardAnswer.newBuilder()
                  .setCardId(next.getCard().getId())
                  .setCurrentState(next.getStates().getCurrent())
                  .setNewState(next.getStates().getGood())
                  .setRating(CardAnswer.Rating.GOOD)
                  .setAnsweredAtMillis(System.currentTimeMillis())
                  .setMillisecondsTaken(4000)
                  .build());
      cards.add(next.getCard().getId());
    }
    return cards;
  }

  /**
   * What a sync leaves behind: everything marked as sent (usn 0) and the last sync after the last
   * schema change. Whatever the import then marks as unsent goes up in the next sync; a schema
   * change after it means a full sync.
   */
  private static void standInForASync() {
    for (String table : List.of("notes", "cards", "revlog", "decks", "notetypes", "tags")) {
      anki.execute("update " + table + " set usn = 0");
    }
    anki.execute("update col set ls = max(scm, mod) + 1, usn = 1");
    assertThat(anki.single("select count(*) from notes where usn = -1")).isZero();
    assertThat(anki.single("select scm > ls from col")).isZero();
  }

  /** Appends a paragraph to the first question's answer of the first two sections; adds one. */
  private static List<Question> editTwoAnswersAndAddAQuestion(Path project) throws Exception {
    List<Question> edited =
        List.of(
            before.sections().get(0).questions().get(0),
            before.sections().get(1).questions().get(0));
    for (Question question : edited) {
      Path file = project.resolve(question.file());
      Files.writeString(
          file,
          Files.readString(file, StandardCharsets.UTF_8).stripTrailing() + "\n\n" + EDIT + "\n",
          StandardCharsets.UTF_8);
    }
    Question model = edited.get(0);
    Path source = project.resolve(model.file());
    String added =
        Files.readString(source, StandardCharsets.UTF_8)
            .replaceFirst("(?m)^id: .*$", "id: " + ADDED_ID)
            .replaceFirst("(?m)^question: .*$", "question: Which question did the update add?");
    Files.writeString(source.resolveSibling("999-added.md"), added, StandardCharsets.UTF_8);
    return edited;
  }

  private static Question question(Bank bank, String id) {
    return bank.questions().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  private static void printFigures() {
    System.out.println("Update story with Anki 2.1.66 (real bank, default import options):");
    System.out.printf(
        "  first import: %d notes; decks in order: %s%n", noteIdsBefore.size(), anki.deckList());
    System.out.printf("  reviews: %d cards answered Good%n", reviewedCards.size());
    System.out.printf(
        "  second import (2 answers edited, 1 question added, exported a day later): %d updated,"
            + " %d new, %d already up to date (Anki's log: duplicate), %d conflicting, %d other%n",
        update.getUpdatedCount(),
        update.getNewCount(),
        update.getDuplicateCount(),
        update.getConflictingCount(),
        update.getFoundNotes()
            - update.getUpdatedCount()
            - update.getNewCount()
            - update.getDuplicateCount());
    System.out.printf(
        "  after: %d notes, note ids kept: %s, reviews kept: %d of %d, notes the next sync sends:"
            + " %d, full sync needed: %s%n",
        notesAfter.size(),
        noteIdsBefore.entrySet().stream()
            .allMatch(e -> e.getValue().equals(notesAfter.get(e.getKey()).getId())),
        reviewsAfter,
        reviewsBefore,
        notesPendingSync,
        fullSyncNeeded);
  }
}
