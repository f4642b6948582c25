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

  private PackConfigurationException(String message, List<String> problems, String packId) {
    super(message);
    this.packId = packId;
    this.problems = List.copyOf(problems);
  }

  /** Formats named in the plugin's own {@code <formats>}, not in a pack. */
  public static PackConfigurationException formats(List<String> unknown, List<String> known) {
    List<String> problems =
        unknown.stream()
            .map(
                f ->
                    "unknown format '"
                        + f
                        + "'"
                        + io.github.questionbank.diagnostic.Suggestions.didYouMean(f, known))
            .toList();
    return new PackConfigurationException(
        "<formats> (-Dbank.formats): "
            + String.join("; ", problems)
            + " (known: "
            + String.join(", ", known)
            + ")",
        problems,
        null);
  }

  public String packId() {
    return packId;
  }

  public List<String> problems() {
    return problems;
  }
}
