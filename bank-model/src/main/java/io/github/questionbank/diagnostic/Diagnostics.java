package io.github.questionbank.diagnostic;

import io.github.questionbank.model.Position;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one run; every stage adds to it, none stops at the first problem. */
public final class Diagnostics {

  private final List<Diagnostic> found = new ArrayList<>();

  public synchronized void add(Diagnostic diagnostic) {
    found.add(diagnostic);
  }

  public void report(Rule rule, Position position, String message) {
    add(Diagnostic.of(rule, position, message));
  }

  /** Everything found so far, by path, line and column. */
  public synchronized List<Diagnostic> sorted() {
    return found.stream().sorted().toList();
  }

  public synchronized boolean hasErrors() {
    return found.stream().anyMatch(Diagnostic::isError);
  }
}
