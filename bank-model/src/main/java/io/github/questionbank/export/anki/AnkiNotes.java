package io.github.questionbank.export.anki;

import io.github.questionbank.export.spi.QuestionRendering;
import io.github.questionbank.markdown.HtmlRendering;
import io.github.questionbank.markdown.ParsedQuestion;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.select.Pack;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Turns a pack's questions into notes, in the pack's order. */
final class AnkiNotes {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private AnkiNotes() {}

  /** The notes; local images met on the way are recorded in {@code media}. */
  static List<AnkiNote> of(Pack pack, ParsedQuestions parsed, AnkiMedia media) {
    List<AnkiNote> notes = new ArrayList<>(pack.questionCount());
    for (Section section : pack.sections()) {
      String deck = deck(pack, section);
      for (Question question : section.questions()) {
        UnaryOperator<String> images = source -> media.source(question.sectionId(), source);
        notes.add(
            QuestionRendering.of(
                question,
                () -> {
                  ParsedQuestion trees = parsed.get(question);
                  return new AnkiNote(
                      AnkiGuid.of(pack.bank().id(), question.id()),
                      HtmlRendering.inlineHtml(trees.questionText(), images),
                      HtmlRendering.html(trees.answer(), images).strip(),
                      deck,
                      tags(question));
                }));
      }
    }
    return notes;
  }

  /**
   * {@code <pack title>::<number> <section title>}, e.g. {@code API Interview Question Bank::03
   * Security}: a deck per pack with a subdeck per section. Anki lists decks, and serves a parent
   * deck's new cards, in the order of their names, so each subdeck starts with its section's number
   * in the bank, zero-padded to at least two digits: the names sort in the bank's order, and a bank
   * that grows to ten sections renames no deck. The number is the section's place in the bank, not
   * in the pack, so that a pack's deck names do not change when an edit makes the pack select from
   * one section more. A {@code ::} inside a title would nest one level deeper than meant, and a
   * line break has no place in a deck name, so both are flattened.
   */
  static String deck(Pack pack, Section section) {
    List<Section> sections = pack.bank().sections();
    int number = 1;
    while (number <= sections.size() && !sections.get(number - 1).id().equals(section.id())) {
      number++;
    }
    int width = Math.max(2, Integer.toString(sections.size()).length());
    String numbered = String.format(Locale.ROOT, "%0" + width + "d", number);
    return deckPart(pack.title()) + "::" + numbered + " " + deckPart(section.title());
  }

  /**
   * Difficulty, section, lessons, then the author's tags, e.g. {@code difficulty::HIGH
   * section::security lesson::07 oauth pkce}. Anki separates tags with spaces and nests them at
   * {@code ::}; the schema already keeps spaces out of ids and tags, this keeps them out for sure.
   */
  static String tags(Question question) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add("difficulty::" + question.difficulty().name());
    tags.add("section::" + question.sectionId());
    question.lessons().forEach(lesson -> tags.add("lesson::" + lesson));
    tags.addAll(question.tags());
    List<String> cleaned = new ArrayList<>();
    for (String tag : tags) {
      cleaned.add(WHITESPACE.matcher(tag.strip()).replaceAll("_"));
    }
    return String.join(" ", cleaned);
  }

  static String deckPart(String title) {
    return WHITESPACE.matcher(title.strip()).replaceAll(" ").replace("::", ":");
  }
}
