package io.github.questionbank.select;

import java.util.List;

/**
 * A pack's configuration names something the bank does not have, or selects nothing. The message
 * names the pack and lists every problem.
 */
public final class PackConfigurationException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String packId;
  private final List<String> problems;

  public PackConfigurationException(String packId, List<String> problems) {
    super("pack '" + packId + "': " + String.join("; ", problems));
    this.packId = packId;
    this.problems = List.copyOf(problems);
  }

  public String packId() {
    return packId;
  }

  public List<String> problems() {
    return problems;
  }
}
