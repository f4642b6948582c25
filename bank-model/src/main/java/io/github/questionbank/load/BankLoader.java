package io.github.questionbank.load;

import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.FaultIsolation;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.model.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads a bank directory: {@code bank.yaml}, {@code lessons.yaml} and {@code
 * questions/<section>/*.md}, in file-name order. Symbolic links are followed only while they stay
 * inside the bank directory.
 */
public final class BankLoader {

  public static final String BANK_FILE = "bank.yaml";
  public static final String LESSONS_FILE = "lessons.yaml";
  public static final String QUESTIONS_FOLDER = "questions";
  private static final String QUESTION_SUFFIX = ".md";

  private final TextFileReader reader = new TextFileReader();
  private final YamlReader yaml = new YamlReader();
  private final Path baseDirectory;

  /**
   * @param baseDirectory the project directory that reported paths are relative to
   */
  public BankLoader(Path baseDirectory) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
  }

  /**
   * Reads the bank, reporting every file it cannot read.
   *
   * @throws BankNotFoundException if the directory does not exist
   * @throws IOException if a file exists but cannot be read
   */
  public LoadedBank load(Path bankDirectory, Diagnostics diagnostics) throws IOException {
    Path directory = bankDirectory.toAbsolutePath().normalize();
    if (!Files.isDirectory(directory)) {
      throw new BankNotFoundException(directory);
    }
    Path root = directory.toRealPath();
    Counter files = new Counter();
    Optional<YamlDocument> bankFile =
        readYaml(root, directory.resolve(BANK_FILE), diagnostics, files);
    Optional<YamlDocument> lessonsFile =
        readYaml(root, directory.resolve(LESSONS_FILE), diagnostics, files);
    List<SectionFolder> folders = readFolders(root, directory, diagnostics, files);
    return new LoadedBank(directory, bankFile, lessonsFile, folders, files.count);
  }

  /** The path authors see: relative to the project, with {@code /} separators. */
  public String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path relative =
        absolute.startsWith(baseDirectory) ? baseDirectory.relativize(absolute) : absolute;
    return relative.toString().replace('\\', '/');
  }

  private Optional<YamlDocument> readYaml(
      Path root, Path file, Diagnostics diagnostics, Counter files) throws IOException {
    String path = display(file);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.report(
          Rule.MISSING_FILE,
          Position.startOf(path),
          file.getFileName()
              + " not found: every bank has "
              + (file.getFileName().toString().equals(BANK_FILE)
                  ? "bank.yaml with its id, title and sections"
                  : "lessons.yaml with the lesson catalog that questions point to"));
      return Optional.empty();
    }
    if (!staysInside(root, file, path, diagnostics)) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      // A folder (or a device) by that name: reading it would fail with an I/O error.
      diagnostics.report(
          Rule.MISSING_FILE,
          Position.startOf(path),
          file.getFileName() + " is a folder, not a file: replace it with the YAML file");
      return Optional.empty();
    }
    files.count++;
    try {
      return readIsolated(
          file,
          path,
          diagnostics,
          text -> yaml.read(text.text(), path, 1, Position.startOf(path), diagnostics));
    } catch (UncheckedIOException e) {
      throw e.getCause(); // a file that cannot be read at all: the disk's problem, with its path
    }
  }

  /**
   * Reads a file and parses its text, keeping an unforeseen failure of either to this file (an
   * {@code internal-error} diagnostic): the other files are still read.
   */
  private <T> Optional<T> readIsolated(
      Path file, String path, Diagnostics diagnostics, Function<SourceText, Optional<T>> parse) {
    return FaultIsolation.isolate(
        path,
        "reading",
        diagnostics::add,
        () -> {
          try {
            return reader.read(file, path, diagnostics).flatMap(parse);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private List<SectionFolder> readFolders(
      Path root, Path directory, Diagnostics diagnostics, Counter files) throws IOException {
    Path questions = directory.resolve(QUESTIONS_FOLDER);
    if (!Files.isDirectory(questions, LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.report(
          Rule.MISSING_FILE,
          Position.startOf(display(questions)),
          "questions/ folder not found: put each section's question files in"
              + " questions/<section-id>/");
      return List.of();
    }
    List<SectionFolder> folders = new ArrayList<>();
    for (Path entry : list(questions)) {
      String path = display(entry);
      if (!staysInside(root, entry, path, diagnostics)) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        folders.add(readFolder(root, entry, diagnostics, files));
      } else if (isQuestionName(entry)) {
        diagnostics.report(
            Rule.STRAY_FILE,
            Position.startOf(path),
            "question file outside a section folder is ignored: move it into"
                + " questions/<section-id>/");
      }
    }
    return folders;
  }

  private SectionFolder readFolder(Path root, Path folder, Diagnostics diagnostics, Counter files)
      throws IOException {
    String name = folder.getFileName().toString();
    List<Path> questionFiles = new ArrayList<>();
    for (Path entry : list(folder)) {
      if (!isQuestionName(entry)) {
        otherMarkdownName(entry)
            .ifPresent(
                rename ->
                    diagnostics.report(
                        Rule.STRAY_FILE,
                        Position.startOf(display(entry)),
                        "a Markdown file that does not end in .md is not read as a question:"
                            + " rename it to "
                            + rename));
        continue; // images and other material that answers refer to
      }
      String path = display(entry);
      if (!staysInside(root, entry, path, diagnostics)) {
        continue;
      }
      if (!Files.isRegularFile(entry)) {
        diagnostics.report(
            Rule.STRAY_FILE,
            Position.startOf(path),
            "a folder named like a question file is ignored: rename it or move its files");
        continue;
      }
      files.count++;
      questionFiles.add(entry);
    }
    return new SectionFolder(
        name, display(folder), readQuestions(questionFiles, name, diagnostics));
  }

  /**
   * Reads and parses the files on every core: each file is read on its own, and the list keeps the
   * files' order whichever thread read them. Diagnostics are sorted when validation ends.
   */
  private List<QuestionFile> readQuestions(
      List<Path> questionFiles, String section, Diagnostics diagnostics) throws IOException {
    try {
      return questionFiles.parallelStream()
          .map(file -> readQuestion(file, display(file), section, diagnostics))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private QuestionFile readQuestion(
      Path file, String path, String section, Diagnostics diagnostics) {
    Optional<FrontMatter> frontMatter =
        readIsolated(file, path, diagnostics, text -> FrontMatter.split(text, diagnostics));
    Optional<YamlDocument> document =
        frontMatter.flatMap(
            fm ->
                FaultIsolation.isolate(
                    path,
                    "reading",
                    diagnostics::add,
                    () ->
                        yaml.read(
                            fm.yaml(), path, fm.yamlLine(), Position.startOf(path), diagnostics)));
    return new QuestionFile(path, file, section, frontMatter, document);
  }

  /**
   * Whether a path resolves to somewhere inside the bank. A link that leaves the bank, dangles or
   * loops is reported and not followed.
   */
  private boolean staysInside(Path root, Path entry, String path, Diagnostics diagnostics) {
    if (!Files.isSymbolicLink(entry)) {
      return true;
    }
    try {
      if (entry.toRealPath().startsWith(root)) {
        return true;
      }
      diagnostics.report(
          Rule.SYMLINK,
          Position.startOf(path),
          "symbolic link points outside the bank directory; not followed");
    } catch (FileSystemException e) {
      diagnostics.report(
          Rule.SYMLINK,
          Position.startOf(path),
          "symbolic link cannot be resolved (it dangles or loops); not followed");
    } catch (IOException e) {
      diagnostics.report(
          Rule.SYMLINK, Position.startOf(path), "symbolic link cannot be resolved; not followed");
    }
    return false;
  }

  /**
   * Markdown's other extensions ({@code .markdown}, {@code .mdown}, {@code .mkd}, and {@code .md}
   * in another case): a file an author meant as a question. The name to give it, if so.
   */
  static Optional<String> otherMarkdownName(Path entry) {
    String name = entry.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || name.startsWith(".")) {
      return Optional.empty();
    }
    String extension = name.substring(dot + 1);
    boolean markdown =
        List.of("markdown", "mdown", "mkd", "mkdn").contains(extension.toLowerCase(Locale.ROOT))
            || extension.equalsIgnoreCase("md") && !extension.equals("md");
    return markdown ? Optional.of(name.substring(0, dot) + QUESTION_SUFFIX) : Optional.empty();
  }

  private static boolean isQuestionName(Path entry) {
    String name = entry.getFileName().toString();
    return name.endsWith(QUESTION_SUFFIX) && !name.startsWith(".");
  }

  private static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    }
  }

  private static final class Counter {
    int count;
  }
}
