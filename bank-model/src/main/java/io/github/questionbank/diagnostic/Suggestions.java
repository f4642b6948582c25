package io.github.questionbank.diagnostic;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?": the closest known word to a misspelt one, if any is close enough. */
public final class Suggestions {

  /**
   * Longer words get no suggestion: no key, id or value of a bank is this long, and edit distance
   * is quadratic, so a hostile 300,000-character lesson id must not reach it.
   */
  static final int MAX_LENGTH = 100;

  private Suggestions() {}

  /**
   * The candidate closest to {@code written}: an exact match ignoring case always wins; otherwise a
   * candidate within a third of the word's length in edits.
   */
  public static Optional<String> closest(String written, Collection<String> candidates) {
    if (written == null || written.isEmpty() || written.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String lower = written.toLowerCase(Locale.ROOT);
    Optional<String> sameIgnoringCase =
        candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    if (sameIgnoringCase.isPresent()) {
      return sameIgnoringCase;
    }
    // The threshold also bounds the work: a candidate further away is dropped without a full table.
    LevenshteinDistance distance = new LevenshteinDistance(Math.max(1, written.length() / 3));
    return candidates.stream()
        .filter(c -> c.length() <= MAX_LENGTH)
        .filter(c -> distance(distance, lower, c) >= 0)
        .min(
            Comparator.comparingInt((String c) -> distance(distance, lower, c))
                .thenComparing(c -> c));
  }

  /** {@code " (did you mean 'MEDIUM'?)"}, or nothing. */
  public static String didYouMean(String written, Collection<String> candidates) {
    return closest(written, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /** The edit distance ignoring case, or -1 if it is above the distance's threshold. */
  private static int distance(LevenshteinDistance distance, String lowerWritten, String candidate) {
    return distance.apply(lowerWritten, candidate.toLowerCase(Locale.ROOT));
  }
}
