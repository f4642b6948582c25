package io.github.questionbank.check.rules;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;

/**
 * The bank promises LOW -> HIGH within each section: a question easier than the one before it is
 * reported at its difficulty.
 */
final class DifficultyOrder implements BankRule {

  @Override
  public void check(BankDraft draft, Diagnostics diagnostics) {
    for (Section section : draft.bank().sections()) {
      Question previous = null;
      for (Question question : section.questions()) {
        if (question.difficulty() == null) {
          continue;
        }
        if (previous != null && question.difficulty().compareTo(previous.difficulty()) < 0) {
          diagnostics.report(
              Rule.DIFFICULTY_ORDER,
              question.source().value("/difficulty"),
              question.difficulty()
                  + " question follows a "
                  + previous.difficulty()
                  + " one ("
                  + fileName(previous)
                  + "): section '"
                  + section.id()
                  + "' must run LOW -> HIGH; renumber the files");
        }
        previous = question;
      }
    }
  }

  private static String fileName(Question question) {
    return question.file().substring(question.file().lastIndexOf('/') + 1);
  }
}
