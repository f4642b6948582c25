package io.github.questionbank.diagnostic;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The level a project gives a rule: off drops its findings, the others set their severity. */
public enum Level {
  OFF,
  WARNING,
  ERROR;

  /** The level of a severity, e.g. a rule's default. */
  public static Level of(Severity severity) {
    return severity == Severity.ERROR ? ERROR : WARNING;
  }

  /** The word a configuration spells: {@code off}, {@code warning}, {@code error}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level a configuration names (ignoring case and surrounding blanks), if it names one. */
  public static Optional<Level> parse(String written) {
    String word = written == null ? "" : written.strip();
    return Arrays.stream(values()).filter(l -> l.label().equalsIgnoreCase(word)).findFirst();
  }

  /** Every label, in order: {@code off, warning, error}. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(Level::label).toList();
  }

  /** The severity of findings at this level; none when the rule is off. */
  public Optional<Severity> severity() {
    return switch (this) {
      case OFF -> Optional.empty();
      case WARNING -> Optional.of(Severity.WARNING);
      case ERROR -> Optional.of(Severity.ERROR);
    };
  }
}
