package io.github.questionbank.markdown;

/**
 * A Markdown text that breaks one of {@link MarkdownLimits}; the message says which, for authors.
 */
public final class MarkdownLimitException extends Exception {
  private static final long serialVersionUID = 1L;

  MarkdownLimitException(String message) {
    super(message, null, false, false);
  }
}
