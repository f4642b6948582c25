package io.github.questionbank.diagnostic;

import java.util.Optional;

/**
 * One thing wrong with the levels a project gives its rules, as values; the core words it plainly
 * ({@link #describe()}), a front end in its own terms (the Maven plugin names {@code <rules>} and
 * {@code -Dbank.rules}).
 *
 * @param kind what is wrong
 * @param rule the rule id as written
 * @param level the level as written
 * @param suggestion the closest rule id or level, for an unknown one
 */
public record RuleLevelProblem(Kind kind, String rule, String level, Optional<String> suggestion) {

  /** The kinds of problem. */
  public enum Kind {
    /** No rule has this id. */
    UNKNOWN_RULE,
    /** The level is not off, warning or error. */
    UNKNOWN_LEVEL,
    /** The rule guards safety or the outputs' integrity: it stays an error. */
    FIXED_RULE
  }

  /** {@code unknown rule 'dificulty-order' (did you mean 'difficulty-order'?)}, and so on. */
  public String describe() {
    String didYouMean = suggestion.map(s -> " (did you mean '" + s + "'?)").orElse("");
    return switch (kind) {
      case UNKNOWN_RULE -> "unknown rule '" + rule + "'" + didYouMean;
      case UNKNOWN_LEVEL ->
          "rule '"
              + rule
              + "' cannot be '"
              + level
              + "'"
              + didYouMean
              + ": the levels are "
              + String.join(", ", Level.labels());
      case FIXED_RULE ->
          "rule '"
              + rule
              + "' guards safety or the outputs' integrity and cannot be set to "
              + level
              + ": it is always an error";
    };
  }
}
