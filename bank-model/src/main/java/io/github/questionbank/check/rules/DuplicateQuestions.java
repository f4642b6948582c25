package io.github.questionbank.check.rules;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.markdown.Markdown;
import io.github.questionbank.markdown.MarkdownLimitException;
import io.github.questionbank.markdown.MarkdownLimits;
import io.github.questionbank.model.Position;
import io.github.questionbank.model.Question;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * No question is asked twice: question texts are compared after dropping Markdown, case and
 * whitespace, through a hash map (linear in the number of questions).
 */
final class DuplicateQuestions implements BankRule {

  @Override
  public void check(BankDraft draft, Diagnostics diagnostics) {
    Map<String, Position> seen = new HashMap<>();
    for (Question question : draft.questions()) {
      if (question.question() == null || question.question().isBlank()) {
        continue;
      }
      Position at = question.source().key("/question");
      String text =
          draft
              .parsed()
              .find(question)
              .map(parsed -> clean(Markdown.plainText(parsed.questionText())))
              .orElseGet(() -> normalize(question.question()));
      Position first = seen.putIfAbsent(text, at);
      if (first != null) {
        diagnostics.report(
            Rule.DUPLICATE_QUESTION,
            at,
            "the same question is already asked in " + first.path() + ":" + first.line());
      }
    }
  }

  static String normalize(String markdown) {
    String text;
    try {
      text = Markdown.plainText(MarkdownLimits.parse(markdown));
    } catch (MarkdownLimitException e) {
      text = markdown; // reported by AnswerContent; compared as written
    }
    return clean(text);
  }

  private static String clean(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
