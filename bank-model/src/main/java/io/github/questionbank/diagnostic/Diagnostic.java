package io.github.questionbank.diagnostic;

import io.github.questionbank.model.Position;
import java.util.Comparator;

/**
 * One finding: a problem at a place in an authored file. Schema errors and bank rules both produce
 * it; the console, SARIF and GitHub annotation writers all consume it.
 */
public record Diagnostic(Position position, Severity severity, Rule rule, String message)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::position)
          .thenComparing(Diagnostic::severity)
          .thenComparing(d -> d.rule().id())
          .thenComparing(Diagnostic::message);

  /** A finding at the rule's own severity. */
  public static Diagnostic of(Rule rule, Position position, String message) {
    return new Diagnostic(position, rule.severity(), rule, message);
  }

  public String path() {
    return position.path();
  }

  public int line() {
    return position.line();
  }

  public int column() {
    return position.column();
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The line authors read: {@code <path>:<line>:<column>: <severity>: <message> [<rule>]}. */
  public String format() {
    return position + ": " + severity.label() + ": " + message + " [" + rule.id() + "]";
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return format();
  }
}
