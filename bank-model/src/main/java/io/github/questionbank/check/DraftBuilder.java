package io.github.questionbank.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.load.FrontMatter;
import io.github.questionbank.load.LoadedBank;
import io.github.questionbank.load.QuestionFile;
import io.github.questionbank.load.YamlDocument;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Difficulty;
import io.github.questionbank.model.Lesson;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.model.SourceMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the model records from the documents read, taking each value only if it has the right
 * type: what the schema rejected stays {@code null} and was reported there.
 */
public final class DraftBuilder {

  /**
   * Builds the draft and parses every question's texts once, for all rules.
   *
   * @param bankValid whether bank.yaml passed its schema
   * @param lessonsValid whether lessons.yaml passed its schema
   * @param parsed where the parsed Markdown trees go (see {@link
   *     ParsedQuestions#discardingTrees()})
   * @param diagnostics where a text whose parsing fails unforeseen is reported
   */
  public BankDraft build(
      LoadedBank loaded,
      boolean bankValid,
      boolean lessonsValid,
      ParsedQuestions parsed,
      Diagnostics diagnostics) {
    List<Question> questions = new ArrayList<>();
    for (QuestionFile file : loaded.questionFiles()) {
      file.document().ifPresent(document -> questions.add(question(file, document)));
    }
    Map<String, List<Question>> bySection =
        questions.stream().collect(Collectors.groupingBy(Question::sectionId));

    JsonNode bankRoot = loaded.bankFile().map(YamlDocument::root).orElse(null);
    SourceMap bankSource = loaded.bankFile().map(YamlDocument::source).orElse(null);
    List<Section> sections = new ArrayList<>();
    if (bankRoot != null) {
      JsonNode declared = items(bankRoot.path("sections"));
      for (int i = 0; i < declared.size(); i++) {
        JsonNode entry = declared.get(i);
        String id = text(entry, "id");
        if (id != null) {
          sections.add(
              new Section(
                  id,
                  text(entry, "title"),
                  bankSource.value(SourceMap.child("/sections", i)),
                  bySection.getOrDefault(id, List.of())));
        }
      }
    }
    List<Lesson> lessons = new ArrayList<>();
    loaded
        .lessonsFile()
        .ifPresent(
            document -> {
              JsonNode entries = items(document.root().path("lessons"));
              for (int i = 0; i < entries.size(); i++) {
                String id = text(entries.get(i), "id");
                if (id != null) {
                  lessons.add(
                      new Lesson(
                          id,
                          text(entries.get(i), "title"),
                          document.source().value(SourceMap.child("/lessons", i))));
                }
              }
            });
    JsonNode root = bankRoot == null ? MissingNode.getInstance() : bankRoot;
    Bank bank =
        new Bank(
            text(root, "id"),
            text(root, "title"),
            text(root, "subtitle"),
            text(root, "description"),
            text(root, "instructions"),
            texts(root.path("prerequisites")),
            sections,
            lessons);
    boolean sectionsDeclared = bankRoot != null && bankRoot.path("sections").isArray();
    boolean lessonsDeclared =
        loaded.lessonsFile().map(d -> d.root().path("lessons").isArray()).orElse(false);
    return new BankDraft(
        bank,
        questions,
        loaded,
        sectionsDeclared && (bankValid || !sections.isEmpty()),
        // A catalog with a broken entry would turn every use of that lesson into a follow-on error.
        lessonsDeclared && lessonsValid,
        parsed,
        // Every text is parsed here, once, so that no rule depends on another having parsed it.
        ParsedTexts.parse(questions, parsed, diagnostics::add));
  }

  private static Question question(QuestionFile file, YamlDocument document) {
    JsonNode root = document.root();
    FrontMatter frontMatter = file.frontMatter().orElseThrow();
    return new Question(
        text(root, "id"),
        difficulty(text(root, "difficulty")),
        texts(root.path("lessons")),
        texts(root.path("tags")),
        text(root, "question"),
        frontMatter.body(),
        file.sectionFolder(),
        file.path(),
        frontMatter.bodyLine(),
        document.source(),
        // Anything but a boolean was reported by the schema; such a question is not taken for a
        // draft.
        root.path("draft").asBoolean(false) && root.path("draft").isBoolean());
  }

  private static final Map<String, Difficulty> DIFFICULTIES =
      Arrays.stream(Difficulty.values())
          .collect(Collectors.toMap(Difficulty::name, Function.identity()));

  private static Difficulty difficulty(String name) {
    return name == null ? null : DIFFICULTIES.get(name);
  }

  /**
   * A list as it was written, or no items for anything else in its place (reported by the schema):
   * a mapping's values are not list items, and {@code get(i)} of a mapping is null.
   */
  private static JsonNode items(JsonNode node) {
    return node.isArray() ? node : MissingNode.getInstance();
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isTextual() ? value.asText() : null;
  }

  /** The string items of a list; anything else the schema already reported. */
  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(item -> values.add(item.isTextual() ? item.asText() : null));
    }
    return values.stream().map(v -> v == null ? "" : v).toList();
  }
}
