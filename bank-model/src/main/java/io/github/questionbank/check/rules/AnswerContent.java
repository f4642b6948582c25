package io.github.questionbank.check.rules;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.check.ParsedTexts;
import io.github.questionbank.check.TextFacts;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.FaultIsolation;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.markdown.Finding;
import io.github.questionbank.markdown.LineIndex;
import io.github.questionbank.markdown.LocalImages;
import io.github.questionbank.model.Position;
import io.github.questionbank.model.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What is inside a question and its answer: the answer is not empty ({@code empty-answer}), neither
 * carries raw HTML or script links ({@code raw-html}), and local images exist inside the bank
 * ({@code missing-image}). An answer that is only a placeholder such as {@code TODO} counts as
 * empty; a draft may have an empty or placeholder answer. It reads the facts parsed before the
 * rules ran ({@link ParsedTexts}).
 */
final class AnswerContent implements BankRule {

  /**
   * An answer that is only a note to write one: {@code TODO}, {@code TBD}, {@code FIXME}, {@code
   * ...} or {@code …}, in any case, perhaps ending with a period or colon. A longer text that
   * begins with one ("TODO: the index case") is an unfinished answer too, but it may be a real one
   * that starts so; only the bare placeholder is certain.
   */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\s*(?:todo|tbd|fixme|\\.\\.\\.|\u2026)[.:]?\\s*", Pattern.CASE_INSENSITIVE);

  @Override
  public void check(BankDraft draft, Diagnostics diagnostics) {
    Path bankRoot = draft.loaded().directory();
    // Parsing is most of validation's work: every core takes questions of its own. Trees go into a
    // concurrent map, and diagnostics are sorted when validation ends.
    draft.questions().parallelStream()
        .forEach(
            question ->
                FaultIsolation.run(
                    question.file(),
                    "checking",
                    diagnostics::add,
                    () -> check(question, draft, bankRoot, diagnostics)));
  }

  private static void check(
      Question question, BankDraft draft, Path bankRoot, Diagnostics diagnostics) {
    ParsedTexts.Facts facts = draft.texts().of(question);
    if (!facts.parsed()) {
      return; // parsing failed unforeseen, and was reported at the file
    }
    Path folder = bankRoot.resolve("questions").resolve(question.sectionId());
    facts
        .question()
        .ifPresent(text -> checkQuestionText(question, text, bankRoot, folder, diagnostics));
    if (facts.answer().isEmpty()) {
      if (question.draft()) {
        return; // a draft is where an answer is still to be written
      }
      diagnostics.report(
          Rule.EMPTY_ANSWER,
          new Position(question.file(), Math.max(1, question.answerLine() - 1), 1),
          "question '"
              + (question.id() == null ? "?" : question.id())
              + "' has no model answer: write it below the front matter");
      return;
    }
    if (!question.draft() && PLACEHOLDER.matcher(question.answer()).matches()) {
      int offset = question.answer().indexOf(question.answer().strip());
      diagnostics.report(
          Rule.EMPTY_ANSWER,
          inAnswer(question, new LineIndex(question.answer()), offset),
          "question '"
              + (question.id() == null ? "?" : question.id())
              + "' has only the placeholder '"
              + question.answer().strip()
              + "' for a model answer: write the answer, or mark the question draft: true");
    }
    TextFacts answer = facts.answer().get();
    if (answer.tooComplex().isPresent()) {
      diagnostics.report(
          Rule.MARKDOWN_TOO_COMPLEX,
          new Position(question.file(), question.answerLine(), 1),
          "the answer " + answer.tooComplex().get());
      return;
    }
    if (answer.unsafe().isEmpty() && answer.images().isEmpty()) {
      return; // most answers: nothing to place, so no index of their lines is built
    }
    LineIndex lines = new LineIndex(question.answer());
    for (Finding finding : answer.unsafe()) {
      diagnostics.report(
          Rule.RAW_HTML, inAnswer(question, lines, finding.offset()), finding.message());
    }
    for (LocalImages.LocalImage image : answer.images()) {
      String problem = missing(bankRoot, folder, image.path());
      if (problem != null) {
        diagnostics.report(Rule.MISSING_IMAGE, inAnswer(question, lines, image.offset()), problem);
      }
    }
  }

  /** The question's own Markdown: within the limits, no unsafe content, no missing image. */
  private static void checkQuestionText(
      Question question, TextFacts text, Path bankRoot, Path folder, Diagnostics diagnostics) {
    Position at = question.source().value("/question");
    if (text.tooComplex().isPresent()) {
      diagnostics.report(Rule.MARKDOWN_TOO_COMPLEX, at, "the question " + text.tooComplex().get());
      return;
    }
    for (Finding finding : text.unsafe()) {
      diagnostics.report(Rule.RAW_HTML, at, "question has " + finding.message());
    }
    for (LocalImages.LocalImage image : text.images()) {
      String problem = missing(bankRoot, folder, image.path());
      if (problem != null) {
        diagnostics.report(Rule.MISSING_IMAGE, at, "the question's " + problem);
      }
    }
  }

  /** Why a question's local image is not usable, or {@code null} if it is. */
  private static String missing(Path bankRoot, Path folder, String path) {
    return missing(bankRoot, folder, path, "the question file");
  }

  /**
   * Why a local image is not usable, or {@code null} if it is.
   *
   * @param folder what the path is relative to
   * @param relativeTo that folder, for the author: "the question file", "bank.yaml"
   */
  static String missing(Path bankRoot, Path folder, String path, String relativeTo) {
    Path resolved;
    try {
      resolved = folder.resolve(path).normalize();
    } catch (InvalidPathException e) {
      return "image path '" + path + "' is not a valid file path";
    }
    if (!resolved.startsWith(bankRoot)) {
      return "image '" + path + "' is outside the bank directory: images must live inside it";
    }
    if (!Files.isRegularFile(resolved)) {
      return "image '" + path + "' does not exist (paths are relative to " + relativeTo + ")";
    }
    // Exporters copy the image: a symbolic link must not carry a file from outside into them.
    try {
      if (!resolved.toRealPath().startsWith(bankRoot.toRealPath())) {
        return "image '"
            + path
            + "' is a symbolic link out of the bank directory: images must"
            + " live inside it";
      }
    } catch (IOException e) {
      return "image '" + path + "' cannot be resolved: " + e.getMessage();
    }
    return null;
  }

  private static Position inAnswer(Question question, LineIndex lines, int offset) {
    return new Position(
        question.file(), question.answerLine() + lines.line(offset) - 1, lines.column(offset));
  }
}
