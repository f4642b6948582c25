package io.github.questionbank.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The levels a project asks for its rules cannot be applied: an unknown rule or level, or a rule
 * that cannot be changed. Carries every problem as a value; front ends word them.
 */
public final class RuleConfigurationException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<RuleLevelProblem> problems;

  public RuleConfigurationException(List<RuleLevelProblem> problems) {
    super(problems.stream().map(RuleLevelProblem::describe).collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a configuration exception needs a problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in the order the rules were written. */
  public List<RuleLevelProblem> problems() {
    return problems;
  }
}
