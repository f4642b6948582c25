package io.github.questionbank.testing;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.validate.Validation;
import io.github.questionbank.validate.ValidationRequest;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A bank written into a project folder from a map of paths (relative to {@code src/bank}) to
 * contents ({@code String} as UTF-8, or raw {@code byte[]}). Starts from a small valid bank that a
 * test mutates, then validates it as the plugin would: paths relative to the project folder.
 */
public final class BankFixture {

  /** Where the bank lives inside the project folder, as diagnostics print it. */
  public static final String BANK = "src/bank/";

  public static final String BANK_YAML =
      """
      id: mini-bank
      title: Mini Bank
      sections:
        - id: basics
          title: Basics
        - id: advanced
          title: Advanced
      """;

  public static final String LESSONS_YAML =
      """
      lessons:
        - id: "01"
          title: First lesson
        - id: "02"
          title: Second lesson
      """;

  public static final String WHAT = "questions/basics/010-what.md";
  public static final String WHY = "questions/basics/020-why.md";
  public static final String HOW = "questions/advanced/010-how.md";

  private final Path project;
  private final Map<String, Object> files = new LinkedHashMap<>();

  private BankFixture(Path project) {
    this.project = project;
  }

  /** An empty bank in {@code project/src/bank}. */
  public static BankFixture empty(Path project) {
    return new BankFixture(project);
  }

  /** A valid bank: two sections, two lessons, three questions, no diagnostic. */
  public static BankFixture minimal(Path project) {
    return empty(project)
        .with("bank.yaml", BANK_YAML)
        .with("lessons.yaml", LESSONS_YAML)
        .withAnswer("It is a thing.")
        .with(
            WHY,
            question(
                "why-use-it", "MEDIUM", "[\"01\", \"02\"]", "Why use it?", "Because it helps."))
        .with(
            HOW,
            question(
                "how-does-it-work",
                "HIGH",
                "[\"02\"]",
                "How does it **work**?",
                "Like this:\n\n```text\n<tag> is fine in fenced code\n```"));
  }

  /**
   * A question file. Its keys sit on lines 2 (id), 3 (difficulty), 4 (lessons), 5 (question); the
   * closing {@code ---} on line 6 and the answer from line 7.
   */
  public static String question(
      String id, String difficulty, String lessons, String question, String answer) {
    return "---\nid: "
        + id
        + "\ndifficulty: "
        + difficulty
        + "\nlessons: "
        + lessons
        + "\nquestion: "
        + question
        + "\n---\n"
        + answer
        + "\n";
  }

  /** The minimal bank's first question ({@link #WHAT}, LOW, lesson 01) with this answer. */
  public BankFixture withAnswer(String answer) {
    return with(WHAT, question("what-is-it", "LOW", "[\"01\"]", "What is it?", answer));
  }

  /** Sets a file's content: a {@code String} (written as UTF-8) or a {@code byte[]}. */
  public BankFixture with(String relativePath, Object content) {
    if (!(content instanceof String) && !(content instanceof byte[])) {
      throw new IllegalArgumentException("content is a String or a byte[]: " + relativePath);
    }
    files.put(relativePath, content);
    return this;
  }

  public BankFixture without(String relativePath) {
    files.remove(relativePath);
    return this;
  }

  /** The content set for a file, as text. */
  public String text(String relativePath) {
    Object content = files.get(relativePath);
    return content instanceof byte[] bytes
        ? new String(bytes, StandardCharsets.UTF_8)
        : (String) content;
  }

  public Path project() {
    return project;
  }

  public Path bankDirectory() {
    return project.resolve(BANK);
  }

  /** Writes the files, replacing whatever the bank directory held. */
  public Path write() {
    try {
      delete(bankDirectory());
      Files.createDirectories(bankDirectory());
      for (Map.Entry<String, Object> file : files.entrySet()) {
        Path target = bankDirectory().resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(
            target,
            file.getValue() instanceof byte[] bytes
                ? bytes
                : ((String) file.getValue()).getBytes(StandardCharsets.UTF_8));
      }
      return bankDirectory();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the bank and validates it, without a report. */
  public ValidationResult validate() throws IOException {
    write();
    return validateAsWritten(Optional.empty());
  }

  /** Writes the bank and validates it, writing the SARIF report into a folder. */
  public ValidationResult validate(Path reportDirectory) throws IOException {
    write();
    return validateAsWritten(Optional.of(reportDirectory));
  }

  /** Validates what is on disk now, e.g. after a test added a symbolic link. */
  public ValidationResult validateAsWritten(Optional<Path> reportDirectory) throws IOException {
    return new Validation()
        .validate(new ValidationRequest(project, bankDirectory(), reportDirectory));
  }

  /** Writes the bank, validates it and gives the diagnostic lines, in order. */
  public List<String> lines() throws IOException {
    return lines(validate());
  }

  public static List<String> lines(ValidationResult result) {
    return result.diagnostics().stream().map(Diagnostic::format).toList();
  }

  private static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
