package io.github.questionbank.check.rules;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.model.Lesson;
import io.github.questionbank.model.Position;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import java.util.HashMap;
import java.util.Map;

/**
 * Question ids are unique in the bank (Anki GUIDs derive from them); section and lesson ids are
 * unique in their lists. The later use is reported, naming the first as file:line.
 */
final class DuplicateIds implements BankRule {

  @Override
  public void check(BankDraft draft, Diagnostics diagnostics) {
    Map<String, Position> questions = new HashMap<>();
    for (Question question : draft.questions()) {
      if (question.id() != null) {
        Position at = question.source().value("/id");
        Position first = questions.putIfAbsent(question.id(), at);
        if (first != null) {
          diagnostics.report(
              Rule.DUPLICATE_ID,
              at,
              "question id '"
                  + question.id()
                  + "' is already used by "
                  + first.path()
                  + ":"
                  + first.line()
                  + ": ids are unique in the bank");
        }
      }
    }
    Map<String, Position> sections = new HashMap<>();
    for (Section section : draft.bank().sections()) {
      Position first = sections.putIfAbsent(section.id(), section.position());
      if (first != null) {
        diagnostics.report(
            Rule.DUPLICATE_ID,
            section.position(),
            "section '" + section.id() + "' is already declared at line " + first.line());
      }
    }
    Map<String, Position> lessons = new HashMap<>();
    for (Lesson lesson : draft.bank().lessons()) {
      Position first = lessons.putIfAbsent(lesson.id(), lesson.position());
      if (first != null) {
        diagnostics.report(
            Rule.DUPLICATE_ID,
            lesson.position(),
            "lesson '" + lesson.id() + "' is already declared at line " + first.line());
      }
    }
  }
}
