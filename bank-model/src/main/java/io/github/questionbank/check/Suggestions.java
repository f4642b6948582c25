package io.github.questionbank.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?": the closest known word to a misspelt one, if any is close enough. */
public final class Suggestions {

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  /**
   * The candidate closest to {@code written}: an exact match ignoring case always wins; otherwise a
   * candidate within a third of the word's length in edits.
   */
  public static Optional<String> closest(String written, Collection<String> candidates) {
    if (written == null || written.isEmpty()) {
      return Optional.empty();
    }
    String lower = written.toLowerCase(Locale.ROOT);
    Optional<String> sameIgnoringCase =
        candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    if (sameIgnoringCase.isPresent()) {
      return sameIgnoringCase;
    }
    int allowed = Math.max(1, written.length() / 3);
    return candidates.stream()
        .filter(c -> distance(lower, c) <= allowed)
        .min(Comparator.comparingInt((String c) -> distance(lower, c)).thenComparing(c -> c));
  }

  /** {@code " (did you mean 'MEDIUM'?)"}, or nothing. */
  public static String didYouMean(String written, Collection<String> candidates) {
    return closest(written, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  private static int distance(String lowerWritten, String candidate) {
    return DISTANCE.apply(lowerWritten, candidate.toLowerCase(Locale.ROOT));
  }
}
