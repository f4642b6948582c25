package io.github.questionbank.check.rules;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.check.ParsedTexts;
import io.github.questionbank.check.TextFacts;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.load.FrontMatter;
import io.github.questionbank.load.QuestionFile;
import io.github.questionbank.markdown.Finding;
import io.github.questionbank.markdown.LineIndex;
import io.github.questionbank.model.Position;
import io.github.questionbank.model.Question;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A character of a question or answer that no font of the PDFs has, and that has no stand-in, would
 * print as a blank ({@code missing-glyph}): reported here, at validation, at the character's own
 * line and column, so that an export never finds what validation did not. Each character once per
 * file, where it first occurs.
 */
final class PrintableCharacters implements BankRule {

  @Override
  public void check(BankDraft draft, Diagnostics diagnostics) {
    Map<String, FrontMatter> frontMatters = new HashMap<>();
    for (QuestionFile file : draft.loaded().questionFiles()) {
      file.frontMatter().ifPresent(f -> frontMatters.put(file.path(), f));
    }
    for (Question question : draft.questions()) {
      ParsedTexts.Facts facts = draft.texts().of(question);
      List<Finding> inQuestion = facts.question().map(TextFacts::unprintable).orElse(List.of());
      List<Finding> inAnswer = facts.answer().map(TextFacts::unprintable).orElse(List.of());
      if (inQuestion.isEmpty() && inAnswer.isEmpty()) {
        continue;
      }
      Set<String> reported = new HashSet<>();
      Position value = question.source().value("/question");
      Optional<FrontMatter> frontMatter = Optional.ofNullable(frontMatters.get(question.file()));
      for (Finding finding : inQuestion) {
        if (reported.add(finding.message())) {
          diagnostics.report(
              Rule.MISSING_GLYPH,
              inQuestionText(value, question.question(), finding.offset(), frontMatter),
              finding.message());
        }
      }
      if (inAnswer.isEmpty()) {
        continue;
      }
      LineIndex lines = new LineIndex(question.answer());
      for (Finding finding : inAnswer) {
        if (reported.add(finding.message())) {
          diagnostics.report(
              Rule.MISSING_GLYPH,
              new Position(
                  question.file(),
                  question.answerLine() + lines.line(finding.offset()) - 1,
                  lines.column(finding.offset())),
              finding.message());
        }
      }
    }
  }

  /**
   * Where a character of the question's text is: at its own column when the text is written on one
   * line as it reads (plain, or quoted without escapes), else where the value starts.
   */
  static Position inQuestionText(
      Position value, String text, int offset, Optional<FrontMatter> frontMatter) {
    if (frontMatter.isEmpty() || text.indexOf('\n') >= 0) {
      return value;
    }
    String yaml = frontMatter.get().yaml();
    int start = 0; // of the value's line in the front matter
    for (int line = frontMatter.get().yamlLine(); line < value.line(); line++) {
      start = yaml.indexOf('\n', start) + 1;
      if (start == 0) {
        return value;
      }
    }
    int at = start + value.column() - 1;
    if (yaml.startsWith(text, at)) {
      return new Position(value.path(), value.line(), value.column() + offset);
    }
    if (isQuote(yaml, at) && yaml.startsWith(text, at + 1)) {
      return new Position(value.path(), value.line(), value.column() + 1 + offset);
    }
    return value;
  }

  private static boolean isQuote(String yaml, int at) {
    return at < yaml.length() && (yaml.charAt(at) == '"' || yaml.charAt(at) == '\'');
  }
}
