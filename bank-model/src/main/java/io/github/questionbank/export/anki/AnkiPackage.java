package io.github.questionbank.export.anki;

import io.github.questionbank.model.Section;
import io.github.questionbank.select.Pack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What goes into a package's collection, with every id decided: the note type, the pack's deck with
 * a subdeck per section, and each note with its note id, card id and deck.
 *
 * <p>The ids come from keys, not the clock (see {@link AnkiIds}): the note type's from the bank id,
 * a deck's from the bank, pack and section ids, a note's and its card's from the note's GUID. The
 * note type and decks take theirs first, so that a note can never push them onto another id. A
 * deck's id never depends on its name: renaming a section keeps its deck's id. Anki's importer,
 * though, matches decks by name ({@code rslib/src/import_export/package/apkg/import/decks.rs}) and
 * leaves the cards it already has where they are: a renamed deck arrives as a new deck beside the
 * old one.
 *
 * @param decks the pack's deck, then a subdeck per section named by {@link AnkiNotes#deck}
 */
record AnkiPackage(AnkiNoteType noteType, List<AnkiDeck> decks, List<Card> cards) {

  /** A note with its ids: one card per note, since the note type has one template. */
  record Card(PackageNote note, long noteId, long cardId, long deckId) {}

  AnkiPackage {
    decks = List.copyOf(decks);
    cards = List.copyOf(cards);
  }

  static AnkiPackage of(Pack pack, List<PackageNote> notes) {
    AnkiIds ids = new AnkiIds();
    String bankId = pack.bank().id();
    long noteTypeId = ids.of(AnkiNoteType.idKey(bankId));
    String packKey = "deck/" + bankId + "/" + pack.id();
    AnkiDeck packDeck = new AnkiDeck(ids.of(packKey), AnkiNotes.deckPart(pack.title()));
    List<AnkiDeck> decks = new ArrayList<>(List.of(packDeck));
    Map<String, Long> sectionDecks = new LinkedHashMap<>();
    for (Section section : pack.sections()) {
      AnkiDeck deck =
          new AnkiDeck(ids.of(packKey + "/" + section.id()), AnkiNotes.deck(pack, section));
      decks.add(deck);
      sectionDecks.put(section.id(), deck.id());
    }
    List<Card> cards = new ArrayList<>(notes.size());
    for (PackageNote note : notes) {
      String guid = note.note().guid();
      cards.add(
          new Card(
              note,
              ids.of("note/" + guid),
              ids.of("card/" + guid + "/0"),
              sectionDecks.get(note.sectionId())));
    }
    return new AnkiPackage(
        new AnkiNoteType(noteTypeId, pack.bank().title(), packDeck.id()), decks, cards);
  }
}
