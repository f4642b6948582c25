package io.github.questionbank.check;

import io.github.questionbank.load.LoadedBank;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Question;
import java.util.List;

/**
 * A bank as far as it could be read, for the rules to look at. Values the schema rejected are
 * {@code null}; a rule that needs a file that could not be read is skipped, so that one broken file
 * does not drown the report in follow-on findings.
 *
 * @param bank the declared sections with the questions of their folders
 * @param questions every question read, in every folder, by path
 * @param sectionsDeclared whether bank.yaml was read and its sections are known
 * @param lessonsDeclared whether lessons.yaml was read and its lessons are known
 * @param parsed the Markdown trees parsed for the rules, kept for the exporters
 * @param texts what the rules need of every question's texts, parsed once before any rule runs
 */
public record BankDraft(
    Bank bank,
    List<Question> questions,
    LoadedBank loaded,
    boolean sectionsDeclared,
    boolean lessonsDeclared,
    ParsedQuestions parsed,
    ParsedTexts texts) {

  public BankDraft {
    questions = List.copyOf(questions);
  }
}
