package io.github.questionbank.check.rules;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.check.ParsedTexts;
import io.github.questionbank.check.TextFacts;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.markdown.Finding;
import io.github.questionbank.markdown.LineIndex;
import io.github.questionbank.model.Position;
import io.github.questionbank.model.Question;

/**
 * Every formula in a question or its answer can be typeset ({@code math}), as the PDF will: each
 * one that cannot is reported where it starts. It reads the facts parsed before the rules ran
 * ({@link ParsedTexts}); a text without math has none to report and costs nothing here.
 */
final class Formulas implements BankRule {

  @Override
  public void check(BankDraft draft, Diagnostics diagnostics) {
    for (Question question : draft.questions()) {
      ParsedTexts.Facts facts = draft.texts().of(question);
      facts
          .question()
          .map(TextFacts::math)
          .ifPresent(
              problems -> {
                // The question is a YAML value: its formulas are reported at the value.
                Position at = question.source().value("/question");
                problems.forEach(
                    problem ->
                        diagnostics.report(Rule.MATH, at, "question has " + problem.message()));
              });
      facts
          .answer()
          .map(TextFacts::math)
          .filter(problems -> !problems.isEmpty())
          .ifPresent(
              problems -> {
                LineIndex lines = new LineIndex(question.answer());
                for (Finding problem : problems) {
                  diagnostics.report(
                      Rule.MATH,
                      new Position(
                          question.file(),
                          question.answerLine() + lines.line(problem.offset()) - 1,
                          lines.column(problem.offset())),
                      problem.message());
                }
              });
    }
  }
}
