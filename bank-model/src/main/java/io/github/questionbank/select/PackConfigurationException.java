package io.github.questionbank.select;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The packs asked for cannot be made from the bank: a pack names something the bank does not have,
 * selects nothing, or collides with another. Carries every problem as a value ({@link
 * PackProblem}); the message words them plainly, and front ends word them in their own terms.
 */
public final class PackConfigurationException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<PackProblem> problems;

  public PackConfigurationException(List<PackProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a configuration exception needs a problem");
    }
    this.problems = List.copyOf(problems);
  }

  public PackConfigurationException(PackProblem problem) {
    this(List.of(problem));
  }

  /** Every problem, in the order found. */
  public List<PackProblem> problems() {
    return problems;
  }

  /**
   * The pack the problems are in, if they are in one: the problems of one exception concern one
   * pack, or the formats every pack defaults to.
   */
  public Optional<String> packId() {
    return problems.get(0).pack();
  }

  /**
   * Whether the problems are only unknown formats among those every pack defaults to (no pack is at
   * fault: the formats asked for the whole run are).
   */
  public boolean concernsDefaultFormats() {
    return concernsDefaultFormats(problems);
  }

  private static boolean concernsDefaultFormats(List<PackProblem> problems) {
    return !problems.isEmpty()
        && problems.get(0).pack().isEmpty()
        && problems.stream().allMatch(p -> p.kind() == PackProblem.Kind.UNKNOWN_FORMAT);
  }

  /** {@code pack 'x': problem; problem}, or {@code formats: ...} when no pack is at fault. */
  private static String describe(List<PackProblem> problems) {
    String where =
        concernsDefaultFormats(problems)
            ? "formats"
            : problems.isEmpty() || problems.get(0).pack().isEmpty()
                ? "packs"
                : "pack '" + problems.get(0).pack().get() + "'";
    return where
        + ": "
        + problems.stream().map(PackProblem::describe).collect(Collectors.joining("; "));
  }
}
