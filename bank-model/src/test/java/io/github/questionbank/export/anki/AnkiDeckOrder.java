package io.github.questionbank.export.anki;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order in which Anki lists decks and gathers a parent deck's new cards: by name, as its
 * storage sorts them ({@code ORDER BY name} with the {@code unicase} collation, in {@code
 * rslib/src/storage}), on the stored form of the name, where {@code \u001f} separates the levels
 * that {@code ::} separates on screen.
 */
final class AnkiDeckOrder {

  /** Case-insensitive, as unicase is for the ASCII and Latin letters of deck names. */
  private static final Comparator<String> ORDER =
      Comparator.comparing((String name) -> name.replace("::", "\u001f").toLowerCase(Locale.ROOT));

  private AnkiDeckOrder() {}

  static List<String> sorted(List<String> names) {
    return names.stream().sorted(ORDER).toList();
  }
}
