package io.github.questionbank.export.anki;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deck as Anki's schema 11 stores it in {@code col.decks}. Every deck uses options group 1, the
 * "Default" options every collection has, so that importing never adds an options group.
 */
record AnkiDeck(long id, String name) {

  /** The deck every Anki collection has; Anki expects it in an imported collection too. */
  static final AnkiDeck DEFAULT = new AnkiDeck(1, "Default");

  /** {@code modified} in seconds since the epoch. */
  Map<String, Object> toJson(long modified) {
    Map<String, Object> deck = new LinkedHashMap<>();
    deck.put("id", id);
    deck.put("name", name);
    deck.put("mod", modified);
    deck.put("usn", -1);
    deck.put("desc", "");
    deck.put("dyn", 0);
    deck.put("conf", 1);
    deck.put("collapsed", false);
    deck.put("browserCollapsed", false);
    deck.put("extendNew", 0);
    deck.put("extendRev", 0);
    deck.put("newToday", List.of(0, 0));
    deck.put("revToday", List.of(0, 0));
    deck.put("lrnToday", List.of(0, 0));
    deck.put("timeToday", List.of(0, 0));
    return deck;
  }
}
