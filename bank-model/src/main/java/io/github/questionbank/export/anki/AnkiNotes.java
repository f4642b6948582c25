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
      String deck = deck(pack.title(), section.title());
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
   * {@code <pack title>::<section title>}: a deck per pack with a subdeck per section. A {@code ::}
   * inside a title would nest one level deeper than meant, and a line break has no place in a deck
   * name, so both are flattened.
   */
  static String deck(String packTitle, String sectionTitle) {
    return deckPart(packTitle) + "::" + deckPart(sectionTitle);
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
