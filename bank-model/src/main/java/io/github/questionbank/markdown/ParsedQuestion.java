package io.github.questionbank.markdown;

import com.vladsch.flexmark.util.ast.Document;
import io.github.questionbank.model.Question;

/**
 * A question with its two Markdown texts parsed: every exporter renders from these trees, so each
 * answer is parsed once however many formats are written.
 */
public record ParsedQuestion(Question question, Document questionText, Document answer) {

  public static ParsedQuestion of(Question question) {
    return new ParsedQuestion(
        question, Markdown.parse(question.question()), Markdown.parse(question.answer()));
  }
}
