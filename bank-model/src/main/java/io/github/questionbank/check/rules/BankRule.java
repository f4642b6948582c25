package io.github.questionbank.check.rules;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.diagnostic.Diagnostics;
import java.util.List;

/** One of the bank's rules: looks at the whole draft and reports what breaks it. */
public interface BankRule {

  void check(BankDraft draft, Diagnostics diagnostics);

  /** Every bank rule, in the order they run (the report is sorted by position anyway). */
  static List<BankRule> all() {
    return List.of(
        new DuplicateIds(),
        new SectionFolders(),
        new LessonReferences(),
        new DifficultyOrder(),
        new BankTexts(),
        new TextComments(),
        new AnswerContent(), // parses every text once; DuplicateQuestions reuses the trees
        new PrintableCharacters(),
        new DuplicateQuestions(),
        new Formulas());
  }
}
