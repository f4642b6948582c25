package io.github.questionbank.maven;

import io.github.questionbank.diagnostic.Level;
import io.github.questionbank.diagnostic.RuleConfigurationException;
import io.github.questionbank.diagnostic.RuleLevelProblem;
import io.github.questionbank.export.spi.PracticeLines;
import io.github.questionbank.select.PackConfigurationException;
import io.github.questionbank.select.PackProblem;
import io.github.questionbank.select.PackProblem.Kind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Words the core's configuration problems in the POM's terms: {@code <packs>}, {@code <pack>},
 * {@code <id>}, {@code <formats>} and {@code -Dbank.formats}, {@code <practiceLines>}, {@code
 * <rules>} and {@code -Dbank.rules}, so that an author knows which element to change.
 */
final class ConfigurationMessages {

  private ConfigurationMessages() {}

  static String of(PackConfigurationException e) {
    List<PackProblem> problems = e.problems();
    if (e.concernsDefaultFormats()) {
      return "Invalid configuration: <formats> (-Dbank.formats): "
          + problems.stream()
              .map(p -> "unknown format '" + p.value().orElse("?") + "'" + p.didYouMean())
              .collect(Collectors.joining("; "))
          + (problems.get(0).known().isEmpty()
              ? ""
              : " (known: " + String.join(", ", problems.get(0).known()) + ")");
    }
    if (problems.get(0).kind() == Kind.EMPTY_BANK || problems.get(0).kind() == Kind.ONLY_DRAFTS) {
      return "Nothing to export: " + problems.get(0).describe();
    }
    if (problems.get(0).kind() == Kind.MISSING_ID) {
      return "Invalid <packs> configuration: a <pack> has no <id>: give it a kebab-case id, e.g."
          + " <id>security-senior</id>";
    }
    return "Invalid <packs> configuration: pack '"
        + e.packId().orElse("?")
        + "': "
        + problems.stream().map(ConfigurationMessages::word).collect(Collectors.joining("; "));
  }

  /** A {@code <practiceLines>} that is neither {@code auto} nor a count of lines we can draw. */
  static String practiceLines(String value) {
    return "Invalid configuration: <practiceLines> (-Dbank.practiceLines) is '"
        + value
        + "': set it to auto (room sized by each model answer) or to a whole number of lines"
        + " from "
        + PracticeLines.MIN
        + " to "
        + PracticeLines.MAX
        + ", e.g. <practiceLines>4</practiceLines>";
  }

  /** Every rule or level of {@code <rules>} and {@code -Dbank.rules} that cannot be applied. */
  static String of(RuleConfigurationException e) {
    return RULES
        + e.problems().stream().map(ConfigurationMessages::word).collect(Collectors.joining("; "));
  }

  /** An entry of {@code -Dbank.rules} that is not {@code rule=level}. */
  static String rulesProperty(String entry) {
    return RULES
        + "'"
        + entry
        + "' is not rule=level: write e.g. -Dbank.rules=difficulty-order=off,unused-lesson=error";
  }

  private static final String RULES = "Invalid configuration: <rules> (-Dbank.rules): ";

  private static String word(RuleLevelProblem problem) {
    String didYouMean = problem.suggestion().map(s -> " (did you mean '" + s + "'?)").orElse("");
    return switch (problem.kind()) {
      case UNKNOWN_RULE ->
          "unknown rule '"
              + problem.rule()
              + "'"
              + didYouMean
              + " (mvn bank:help -Ddetail lists the rules)";
      case UNKNOWN_LEVEL ->
          "rule '"
              + problem.rule()
              + "' cannot be '"
              + problem.level()
              + "'"
              + didYouMean
              + ": set it to "
              + String.join(", ", Level.labels());
      case FIXED_RULE ->
          "rule '"
              + problem.rule()
              + "' cannot be "
              + (problem.level().equals(Level.OFF.label())
                  ? "turned off"
                  : "downgraded to " + problem.level())
              + ": it guards safety or the outputs' integrity and is always an error";
    };
  }

  private static String word(PackProblem problem) {
    return switch (problem.kind()) {
      case NO_FORMAT ->
          "no format to write: name at least one in its <formats>, or in the plugin's <formats>"
              + " (-Dbank.formats)";
      case ID_NOT_KEBAB_CASE ->
          "<id>"
              + problem.value().orElse("?")
              + "</id> must be kebab-case, e.g. <id>security-senior</id>";
      case DUPLICATE_ID -> "two <pack>s have this <id>: pack ids name the files and must differ";
      default -> problem.describe();
    };
  }
}
