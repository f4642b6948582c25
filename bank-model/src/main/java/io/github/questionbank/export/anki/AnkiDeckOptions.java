package io.github.questionbank.export.anki;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options group 1 ("Default") as Anki's schema 11 stores it in {@code col.dconf}, with Anki's own
 * defaults. Every collection already has this group, and Anki keeps the learner's own when it
 * imports: the package only carries it because a schema 11 collection must.
 */
final class AnkiDeckOptions {

  private AnkiDeckOptions() {}

  static Map<String, Object> defaults() {
    Map<String, Object> newCards = new LinkedHashMap<>();
    newCards.put("delays", List.of(1, 10));
    newCards.put("ints", List.of(1, 4, 0));
    newCards.put("initialFactor", 2500);
    newCards.put("separate", true);
    newCards.put("order", 1);
    newCards.put("perDay", 20);
    newCards.put("bury", false);

    Map<String, Object> lapses = new LinkedHashMap<>();
    lapses.put("delays", List.of(10));
    lapses.put("mult", 0);
    lapses.put("minInt", 1);
    lapses.put("leechFails", 8);
    lapses.put("leechAction", 1);

    Map<String, Object> reviews = new LinkedHashMap<>();
    reviews.put("perDay", 200);
    reviews.put("ease4", 1.3);
    reviews.put("fuzz", 0.05);
    reviews.put("minSpace", 1);
    reviews.put("ivlFct", 1);
    reviews.put("maxIvl", 36500);
    reviews.put("bury", false);
    reviews.put("hardFactor", 1.2);

    Map<String, Object> options = new LinkedHashMap<>();
    options.put("id", 1);
    options.put("name", "Default");
    options.put("mod", 0);
    options.put("usn", 0);
    options.put("maxTaken", 60);
    options.put("autoplay", true);
    options.put("timer", 0);
    options.put("replayq", true);
    options.put("dyn", false);
    options.put("new", newCards);
    options.put("lapse", lapses);
    options.put("rev", reviews);
    return options;
  }
}
