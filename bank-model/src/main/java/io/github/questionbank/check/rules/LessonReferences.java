package io.github.questionbank.check.rules;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.diagnostic.Suggestions;
import io.github.questionbank.load.YamlDocument;
import io.github.questionbank.model.Lesson;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.SourceMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Questions and prerequisites name lessons of the catalog ({@code unknown-lesson}), and every
 * lesson of the catalog is used by a question ({@code unused-lesson}).
 */
final class LessonReferences implements BankRule {

  @Override
  public void check(BankDraft draft, Diagnostics diagnostics) {
    if (!draft.lessonsDeclared()) {
      return; // lessons.yaml could not be read: its own diagnostics say why
    }
    List<String> catalog = draft.bank().lessons().stream().map(Lesson::id).toList();
    Set<String> known = new HashSet<>(catalog);
    Set<String> used = new HashSet<>();
    for (Question question : draft.questions()) {
      List<String> lessons = question.lessons();
      for (int i = 0; i < lessons.size(); i++) {
        String lesson = lessons.get(i);
        used.add(lesson);
        if (!lesson.isEmpty() && !known.contains(lesson)) {
          diagnostics.report(
              Rule.UNKNOWN_LESSON,
              question.source().value(SourceMap.child("/lessons", i)),
              "lesson '"
                  + lesson
                  + "' is not in lessons.yaml"
                  + Suggestions.didYouMean(lesson, catalog));
        }
      }
    }
    draft
        .loaded()
        .bankFile()
        .map(YamlDocument::source)
        .ifPresent(
            source -> {
              List<String> prerequisites = draft.bank().prerequisites();
              for (int i = 0; i < prerequisites.size(); i++) {
                String lesson = prerequisites.get(i);
                if (!lesson.isEmpty() && !known.contains(lesson)) {
                  diagnostics.report(
                      Rule.UNKNOWN_LESSON,
                      source.value(SourceMap.child("/prerequisites", i)),
                      "prerequisite lesson '"
                          + lesson
                          + "' is not in lessons.yaml"
                          + Suggestions.didYouMean(lesson, catalog));
                }
              }
            });
    for (Lesson lesson : draft.bank().lessons()) {
      if (!used.contains(lesson.id())) {
        diagnostics.report(
            Rule.UNUSED_LESSON,
            lesson.position(),
            "lesson '"
                + lesson.id()
                + "' is not used by any question: add it to a question's"
                + " lessons or remove it");
      }
    }
  }
}
