package io.github.questionbank.check;

import com.vladsch.flexmark.util.ast.Document;
import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.FaultIsolation;
import io.github.questionbank.markdown.MarkdownLimitException;
import io.github.questionbank.markdown.MarkdownLimits;
import io.github.questionbank.markdown.ParsedQuestion;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.model.Question;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Every question's two texts, parsed once, before any rule runs, on every core: the rules read the
 * facts they need ({@link TextFacts}) and none depends on another having parsed first. The trees
 * themselves go to {@link ParsedQuestions} for the exporters (which keeps or drops them).
 */
public final class ParsedTexts {

  /**
   * One question's facts.
   *
   * @param parsed whether its texts were parsed at all (not when parsing failed unforeseen, which
   *     was reported at the file as an {@code internal-error})
   * @param question the question's facts, absent when it has no question text
   * @param answer the answer's facts, absent for an empty answer
   */
  public record Facts(boolean parsed, Optional<TextFacts> question, Optional<TextFacts> answer) {

    private static final Facts NONE = new Facts(false, Optional.empty(), Optional.empty());
  }

  private final Map<String, Facts> byFile;

  private ParsedTexts(Map<String, Facts> byFile) {
    this.byFile = byFile;
  }

  /**
   * Parses every question's texts; trees parsed within the limits go to {@code trees}. A question
   * whose parsing fails unforeseen is reported at its file and has no facts.
   */
  static ParsedTexts parse(
      List<Question> questions, ParsedQuestions trees, Consumer<Diagnostic> report) {
    Map<String, Facts> byFile = new ConcurrentHashMap<>();
    questions.parallelStream()
        .forEach(
            question ->
                FaultIsolation.isolate(
                        question.file(),
                        "checking",
                        report,
                        () -> Optional.of(parse(question, trees)))
                    .ifPresent(facts -> byFile.put(question.file(), facts)));
    return new ParsedTexts(byFile);
  }

  private static Facts parse(Question question, ParsedQuestions trees) {
    Optional<Outcome> questionText = Outcome.of(question.question());
    // An answer of nothing but author's notes exports as nothing: it is as empty as a blank one.
    Optional<Outcome> answer =
        question.answer().isBlank()
            ? Optional.empty()
            : Outcome.of(question.answer()).filter(Outcome::hasContent);
    Optional<Document> questionTree = questionText.flatMap(Outcome::tree);
    Optional<Document> answerTree = answer.flatMap(Outcome::tree);
    if (questionTree.isPresent() && answerTree.isPresent()) {
      trees.put(new ParsedQuestion(question, questionTree.get(), answerTree.get()));
    }
    return new Facts(
        true, questionText.map(text -> text.facts(true)), answer.map(text -> text.facts(false)));
  }

  /** A text parsed within the limits, or why it was not. */
  private record Outcome(String text, Optional<Document> tree, MarkdownLimitException refused) {

    static Optional<Outcome> of(String text) {
      if (text == null) {
        return Optional.empty(); // the schema reported the missing value
      }
      try {
        return Optional.of(new Outcome(text, Optional.of(MarkdownLimits.parse(text)), null));
      } catch (MarkdownLimitException e) {
        return Optional.of(new Outcome(text, Optional.empty(), e));
      }
    }

    /** Whether anything is left once the notes are out (a text too complex to parse has). */
    boolean hasContent() {
      return tree.map(Document::hasChildren).orElse(true);
    }

    TextFacts facts(boolean withPlainText) {
      return tree.map(t -> TextFacts.of(text, t, withPlainText))
          .orElseGet(() -> TextFacts.tooComplex(refused, text, withPlainText));
    }
  }

  /** The facts of a question's texts (not {@link Facts#parsed() parsed} if parsing failed). */
  public Facts of(Question question) {
    return byFile.getOrDefault(question.file(), Facts.NONE);
  }
}
