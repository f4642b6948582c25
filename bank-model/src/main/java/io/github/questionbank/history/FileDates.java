package io.github.questionbank.history;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * When each file of a bank last changed, by its path relative to the bank ({@code
 * questions/basics/010-what.md}, {@code questions/basics/img/flow.png}).
 *
 * <p>A file committed as it is has the commit time of the last commit that changed it; every other
 * file (outside Git, not committed yet, or with uncommitted changes) has one date for all of them,
 * {@link #uncommitted()}. Both come from the inputs alone, never from the clock, so that the same
 * files give the same outputs (see {@link GitHistory} for the rule).
 *
 * @param committed the date of each file committed as it is, by its path in the bank
 * @param uncommitted the date of every other file
 * @param fromHistory whether the dates come from a Git history (else every file has {@code
 *     project.build.outputTimestamp})
 */
public record FileDates(
    SortedMap<String, Instant> committed, Instant uncommitted, boolean fromHistory) {

  public FileDates {
    committed = Collections.unmodifiableSortedMap(new TreeMap<>(committed));
  }

  /** No history: every file has {@code date} ({@code project.build.outputTimestamp}). */
  public static FileDates without(Instant date) {
    return new FileDates(new TreeMap<>(), date, false);
  }

  /** The date of a file, by its path relative to the bank with {@code /} between names. */
  public Instant of(String bankPath) {
    return committed.getOrDefault(bankPath, uncommitted);
  }

  /**
   * The dates as text, for the export's fingerprint: outputs that carry these dates are out of date
   * when a date moves, even if no file's content did (a commit of an edit already exported).
   */
  public String fingerprint() {
    StringBuilder text = new StringBuilder("uncommitted=").append(uncommitted.getEpochSecond());
    for (Map.Entry<String, Instant> file : committed.entrySet()) {
      text.append('\n').append(file.getKey()).append('=').append(file.getValue().getEpochSecond());
    }
    return text.toString();
  }
}
