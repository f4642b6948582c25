package io.github.questionbank.diagnostic;

import io.github.questionbank.diagnostic.RuleLevelProblem.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The level of every rule in one project: each rule's default unless the project set another.
 * Applied to the findings before anything reports or counts them, so the console, the summary,
 * GitHub annotations, SARIF and failOnWarning all see the same levels.
 */
public final class RuleLevels {

  /**
   * Rules that guard safety (Anki cards run scripts, YAML and files from strangers) or the outputs'
   * integrity (what a broken file would make of them): they stay errors, whatever a project says.
   */
  private static final Set<Rule> FIXED =
      Collections.unmodifiableSet(
          EnumSet.of(
              Rule.ENCODING,
              Rule.YAML_SYNTAX,
              Rule.FRONT_MATTER,
              Rule.SCHEMA,
              Rule.DUPLICATE_ID,
              Rule.RAW_HTML,
              Rule.SYMLINK,
              Rule.FILE_TOO_LARGE,
              Rule.MARKDOWN_TOO_COMPLEX,
              Rule.INTERNAL_ERROR));

  private static final RuleLevels DEFAULTS = new RuleLevels(new EnumMap<>(Rule.class));

  /** Only the rules set to something other than their default. */
  private final Map<Rule, Level> changed;

  private RuleLevels(Map<Rule, Level> changed) {
    this.changed = changed;
  }

  /** Every rule at its default level. */
  public static RuleLevels defaults() {
    return DEFAULTS;
  }

  /** Whether a project may turn this rule off or change its severity. */
  public static boolean canChange(Rule rule) {
    return !FIXED.contains(rule);
  }

  /** The rule with this id, if there is one. */
  public static Optional<Rule> rule(String id) {
    return Arrays.stream(Rule.values()).filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The levels a project wrote, rule id to level ({@code difficulty-order} to {@code off}). Setting
   * a rule to its default level is allowed, even for a rule that cannot be changed.
   *
   * @throws RuleConfigurationException with every unknown rule or level and every fixed rule that
   *     was turned off or downgraded, in the order written
   */
  public static RuleLevels parse(Map<String, String> written) throws RuleConfigurationException {
    Map<Rule, Level> changed = new EnumMap<>(Rule.class);
    List<RuleLevelProblem> problems = new ArrayList<>();
    List<String> ids = Arrays.stream(Rule.values()).map(Rule::id).toList();
    written.forEach(
        (id, levelText) -> {
          String ruleId = id == null ? "" : id.strip();
          String level = levelText == null ? "" : levelText.strip();
          Optional<Rule> rule = rule(ruleId);
          if (rule.isEmpty()) {
            problems.add(
                new RuleLevelProblem(
                    Kind.UNKNOWN_RULE, ruleId, level, Suggestions.closest(ruleId, ids)));
            return;
          }
          Optional<Level> parsed = Level.parse(level);
          if (parsed.isEmpty()) {
            problems.add(
                new RuleLevelProblem(
                    Kind.UNKNOWN_LEVEL, ruleId, level, Suggestions.closest(level, Level.labels())));
            return;
          }
          Level wanted = parsed.get();
          if (wanted == Level.of(rule.get().severity())) {
            return;
          }
          if (!canChange(rule.get())) {
            problems.add(
                new RuleLevelProblem(Kind.FIXED_RULE, ruleId, wanted.label(), Optional.empty()));
            return;
          }
          changed.put(rule.get(), wanted);
        });
    if (!problems.isEmpty()) {
      throw new RuleConfigurationException(problems);
    }
    return changed.isEmpty() ? DEFAULTS : new RuleLevels(changed);
  }

  /** The level of a rule in this project. */
  public Level levelOf(Rule rule) {
    return changed.getOrDefault(rule, Level.of(rule.severity()));
  }

  /**
   * The findings as this project sees them: a rule turned off drops out, the others re-levelled.
   */
  public List<Diagnostic> apply(List<Diagnostic> findings) {
    if (changed.isEmpty()) {
      return findings;
    }
    List<Diagnostic> applied = new ArrayList<>(findings.size());
    for (Diagnostic finding : findings) {
      levelOf(finding.rule())
          .severity()
          .ifPresent(
              severity ->
                  applied.add(
                      severity == finding.severity()
                          ? finding
                          : new Diagnostic(
                              finding.position(), severity, finding.rule(), finding.message())));
    }
    // A new severity can change the order (errors before warnings at one place).
    return applied.stream().sorted().toList();
  }

  /**
   * The rules set to other than their default, as {@code rule=level} in the rules' order, e.g.
   * {@code difficulty-order=off,unused-lesson=error}; empty for the defaults. Records of earlier
   * runs keep it in their fingerprints: findings made at other levels are not reused.
   */
  public String describe() {
    return changed.entrySet().stream()
        .map(e -> e.getKey().id() + "=" + e.getValue().label())
        .collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleLevels levels && levels.changed.equals(changed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(changed);
  }

  @Override
  public String toString() {
    return describe().isEmpty() ? "defaults" : describe();
  }
}
