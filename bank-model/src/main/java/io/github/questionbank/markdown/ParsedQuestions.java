package io.github.questionbank.markdown;

import io.github.questionbank.model.Question;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each question's Markdown, parsed once: validation parses every text (within {@link
 * MarkdownLimits}) and keeps the trees here, and every exporter renders from the same trees.
 */
public final class ParsedQuestions {

  private final Map<String, ParsedQuestion> byFile = new ConcurrentHashMap<>();
  private final boolean keepsParsedTrees;

  /** Keeps the trees validation parses, for the exporters. */
  public ParsedQuestions() {
    this(true);
  }

  private ParsedQuestions(boolean keepsParsedTrees) {
    this.keepsParsedTrees = keepsParsedTrees;
  }

  /**
   * Forgets the trees validation parses: what a validation that exports nothing wants. A flexmark
   * tree takes far more memory than its text, and keeping 100,000 of them would need a heap of
   * several gigabytes for nothing.
   */
  public static ParsedQuestions discardingTrees() {
    return new ParsedQuestions(false);
  }

  /** The question's trees, parsing them now if validation did not. */
  public ParsedQuestion get(Question question) {
    return byFile.computeIfAbsent(question.file(), file -> ParsedQuestion.of(question));
  }

  /** The question's trees, if they were parsed already. */
  public Optional<ParsedQuestion> find(Question question) {
    return Optional.ofNullable(byFile.get(question.file()));
  }

  /** Keeps trees parsed elsewhere (by validation), unless this one discards them. */
  public void put(ParsedQuestion parsed) {
    if (keepsParsedTrees) {
      byFile.put(parsed.question().file(), parsed);
    }
  }
}
