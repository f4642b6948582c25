package io.github.questionbank.diagnostic;

/** How bad a finding is: errors fail the build, warnings fail it only with failOnWarning. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word used in diagnostic lines and SARIF levels. */
  public String label() {
    return label;
  }
}
