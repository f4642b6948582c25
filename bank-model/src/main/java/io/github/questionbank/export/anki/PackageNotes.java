package io.github.questionbank.export.anki;

import io.github.questionbank.export.spi.QuestionRendering;
import io.github.questionbank.history.QuestionDates;
import io.github.questionbank.markdown.HtmlRendering;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.markdown.PlainText;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Lesson;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.select.Pack;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A pack's questions as notes of the package's note type, in the pack's order. The question and
 * answer HTML, GUID, deck and tags come from {@link AnkiNotes}, so that the package and the CSV
 * describe each question identically.
 */
final class PackageNotes {

  private PackageNotes() {}

  /**
   * The notes, from the CSV's notes of the same pack ({@link AnkiCards}), in the same order, each
   * dated when its question last changed.
   */
  static List<PackageNote> of(
      Pack pack, ParsedQuestions parsed, QuestionDates dates, List<AnkiNote> ankiNotes) {
    Iterator<AnkiNote> notes = ankiNotes.iterator();
    List<PackageNote> result = new ArrayList<>(pack.questionCount());
    for (Section section : pack.sections()) {
      for (Question question : section.questions()) {
        AnkiNote note = notes.next();
        List<String> fields =
            List.of(
                note.front(),
                note.back(),
                question.difficulty().name(),
                lessons(pack.bank(), question),
                HtmlRendering.escapeContent(String.join(" ", question.tags())),
                HtmlRendering.escapeContent(section.title()),
                HtmlRendering.escapeContent(question.id()));
        String sortField =
            QuestionRendering.of(question, () -> PlainText.of(parsed.get(question).questionText()));
        result.add(
            new PackageNote(note, section.id(), fields, sortField, dates.of(parsed.get(question))));
      }
    }
    return result;
  }

  /** {@code 07 · API security: ...}, one line per lesson, titled from the lesson catalog. */
  private static String lessons(Bank bank, Question question) {
    List<String> lines = new ArrayList<>();
    for (String id : question.lessons()) {
      String title = bank.lesson(id).map(Lesson::title).orElse("");
      lines.add(HtmlRendering.escapeContent(title.isBlank() ? id : id + " \u00b7 " + title));
    }
    return String.join("<br>", lines);
  }
}
