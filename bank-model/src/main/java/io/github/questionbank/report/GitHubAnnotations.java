package io.github.questionbank.report;

import io.github.questionbank.diagnostic.Diagnostic;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}) that put a
 * diagnostic on the pull request's changed line. They must be printed at the very start of a line
 * of standard output, outside Maven's log.
 */
public final class GitHubAnnotations {

  private final String pathPrefix;

  /**
   * @param pathPrefix prepended to diagnostic paths so that they are relative to the repository
   *     root (the project's path inside the checkout, e.g. {@code bank-content/}), or empty
   */
  public GitHubAnnotations(String pathPrefix) {
    this.pathPrefix = pathPrefix;
  }

  public String format(Diagnostic diagnostic) {
    return "::"
        + diagnostic.severity().label()
        + " file="
        + property(pathPrefix + diagnostic.path())
        + ",line="
        + diagnostic.line()
        + ",col="
        + diagnostic.column()
        + ",title="
        + property(diagnostic.rule().id())
        + "::"
        + data(diagnostic.message());
  }

  /** Escapes a message as the Actions runner reads it. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value, where {@code :} and {@code ,} also end the value. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
