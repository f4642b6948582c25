package io.github.questionbank.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * What the real bank of bank-content holds, read straight from its files: the expected counts,
 * orders and texts of every test of the real bank come from here, so that adding a question to
 * bank-content changes what those tests expect instead of failing them.
 *
 * <p>This is the tests' oracle, so it does not go through the code under test (the loader, its
 * schema and rules, the model): it reads bank.yaml, lessons.yaml and the front matter of each
 * question file with a plain YAML load, lists each section's folder itself, and orders questions as
 * the bank's format says (sections as bank.yaml lists them, a section's files by name). Only {@code
 * RealBankTest} pins what it reads to the seed's numbers.
 */
public final class RealBankContent {

  /** A section of bank.yaml and its question files, by name. */
  public record Section(String id, String title, List<QuestionFile> questions) {}

  /**
   * One question file: its path as diagnostics and exports print it ({@code src/bank/questions/
   * <section>/<name>.md}), its section and what its front matter says.
   */
  public record QuestionFile(
      String path,
      String section,
      String id,
      String difficulty,
      List<String> lessons,
      List<String> tags,
      String question) {}

  private static RealBankContent real;

  private final String id;
  private final String title;
  private final List<Section> sections;
  private final List<String> lessons;

  private RealBankContent(String id, String title, List<Section> sections, List<String> lessons) {
    this.id = id;
    this.title = title;
    this.sections = sections;
    this.lessons = lessons;
  }

  /** The real bank, {@link RealBank#DIRECTORY}, read once. */
  public static synchronized RealBankContent real() {
    if (real == null) {
      try {
        real = of(RealBank.DIRECTORY);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return real;
  }

  /** The bank in a folder that holds bank.yaml, lessons.yaml and questions/. */
  public static RealBankContent of(Path bank) throws IOException {
    Map<String, Object> bankYaml = load(bank.resolve("bank.yaml"));
    List<Section> sections = new ArrayList<>();
    for (Object entry : (List<?>) bankYaml.get("sections")) {
      Map<?, ?> section = (Map<?, ?>) entry;
      String sectionId = (String) section.get("id");
      List<QuestionFile> questions = new ArrayList<>();
      for (Path file : questionFiles(bank.resolve("questions").resolve(sectionId))) {
        questions.add(question(file, sectionId));
      }
      sections.add(new Section(sectionId, (String) section.get("title"), List.copyOf(questions)));
    }
    List<String> lessons = new ArrayList<>();
    for (Object lesson : (List<?>) load(bank.resolve("lessons.yaml")).get("lessons")) {
      lessons.add((String) ((Map<?, ?>) lesson).get("id"));
    }
    RealBankContent content =
        new RealBankContent(
            (String) bankYaml.get("id"),
            (String) bankYaml.get("title"),
            List.copyOf(sections),
            List.copyOf(lessons));
    // A wrong folder must not make every derived expectation an empty one.
    if (content.sections.isEmpty() || content.count() == 0 || content.lessons.isEmpty()) {
      throw new IllegalStateException("no sections, questions or lessons in " + bank);
    }
    return content;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** The sections in bank.yaml's order. */
  public List<Section> sections() {
    return sections;
  }

  public Section section(String sectionId) {
    return sections.stream()
        .filter(s -> s.id().equals(sectionId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section " + sectionId + " in bank.yaml"));
  }

  /** Every question file in bank order. */
  public List<QuestionFile> questions() {
    return sections.stream().flatMap(s -> s.questions().stream()).toList();
  }

  /** How many question files the bank has. */
  public int count() {
    return questions().size();
  }

  /** How many questions have this difficulty (LOW, MEDIUM or HIGH). */
  public int count(String difficulty) {
    return (int) questions().stream().filter(q -> q.difficulty().equals(difficulty)).count();
  }

  public QuestionFile first() {
    return questions().get(0);
  }

  public QuestionFile last() {
    List<QuestionFile> all = questions();
    return all.get(all.size() - 1);
  }

  /** The 1-based number of a question in bank order, as the exports number it. */
  public int number(String questionId) {
    List<QuestionFile> all = questions();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(questionId)) {
        return i + 1;
      }
    }
    throw new AssertionError("no question " + questionId + " in the real bank");
  }

  /** The lesson ids of lessons.yaml, in its order. */
  public List<String> lessons() {
    return lessons;
  }

  /** "N questions in M sections", as the covers and the study page count the whole bank. */
  public String countsLine() {
    return count() + " questions in " + sections.size() + " sections";
  }

  private static List<Path> questionFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    }
  }

  private static QuestionFile question(Path file, String section) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int end = text.indexOf("\n---\n", 4);
    if (!text.startsWith("---\n") || end < 0) {
      throw new IllegalStateException("no front matter in " + file);
    }
    Map<String, Object> front = new Yaml().load(text.substring(4, end));
    return new QuestionFile(
        "src/bank/questions/" + section + "/" + file.getFileName(),
        section,
        (String) front.get("id"),
        (String) front.get("difficulty"),
        strings(front.get("lessons")),
        strings(front.get("tags")),
        (String) front.get("question"));
  }

  private static List<String> strings(Object list) {
    return list == null ? List.of() : ((List<?>) list).stream().map(String::valueOf).toList();
  }

  private static Map<String, Object> load(Path file) throws IOException {
    return new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
  }
}
