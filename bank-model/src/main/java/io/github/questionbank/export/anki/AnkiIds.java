package io.github.questionbank.export.anki;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The ids of an Anki package's notes, cards, decks and note type, derived from names instead of the
 * clock, so that the same bank always gets the same ids.
 *
 * <p>Anki makes its ids from the time in milliseconds, shows them as "created" dates, and its
 * JavaScript reads them as numbers: an id must be positive and below 2^53. Ours fall between
 * 2001-09-09 ({@code 10^12} ms) and 2019-02-09 (plus 2^39 ms): safe integers, and dates in the
 * past, so that Anki's "added today" never counts them.
 *
 * <p>Within one package every id is distinct, note, card, deck and note type alike: should two keys
 * hash alike, the later one takes the next hash of a counter. For a few thousand questions that
 * never happens; where it does, only that note's id changes, and Anki still finds it by GUID.
 */
final class AnkiIds {

  static final long BASE = 1_000_000_000_000L;
  static final long SPAN = 1L << 39;

  private final Set<Long> used = new HashSet<>();

  /** The id of a key such as {@code note/<guid>}, distinct from every id given out before. */
  long of(String key) {
    for (int attempt = 0; ; attempt++) {
      long id = hash(attempt == 0 ? key : key + "#" + attempt);
      if (used.add(id)) {
        return id;
      }
    }
  }

  /** The id a key gets when it does not collide: the first 8 bytes of its SHA-256, in range. */
  static long hash(String key) {
    byte[] digest = DigestUtils.sha256(key);
    return BASE + Math.floorMod(ByteBuffer.wrap(digest).getLong(), SPAN);
  }
}
