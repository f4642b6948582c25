package io.github.questionbank.check.rules;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.check.TextFacts;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.Rule;
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
      // The plain text parsed before the rules ran; a question too complex to parse is compared
      // as written (AnswerContent reports it).
      String text =
          clean(
              draft
                  .texts()
                  .of(question)
                  .question()
                  .flatMap(TextFacts::plainText)
                  .orElse(question.question()));
      Position first = seen.putIfAbsent(text, at);
      if (first != null) {
        diagnostics.report(
            Rule.DUPLICATE_QUESTION,
            at,
            "the same question is already asked in " + first.path() + ":" + first.line());
      }
    }
  }

  private static String clean(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
