package io.github.questionbank.testing;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.load.TextFileReader;
import io.github.questionbank.validate.Validation;
import io.github.questionbank.validate.ValidationRequest;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The bank that a fuzz test rewrites on every execution: one folder, made once per JVM under {@code
 * target/} and deleted when the JVM ends, whose fixed files are written once and whose fuzzed file
 * is overwritten in place. Validation runs as the plugin runs it, on the files on disk.
 */
public final class FuzzBank {

  /** The minimal bank's tiny image, for answers that show {@code img/flow.png}. */
  public static final String IMAGE = "questions/basics/img/flow.png";

  /** One instance: its compiled schemas are reused by every execution. */
  private static final Validation VALIDATION = new Validation();

  private final Path project;

  private FuzzBank(Path project) {
    this.project = project;
  }

  /** A new folder holding {@link BankFixture#minimal} and its image, removed when the JVM ends. */
  public static FuzzBank minimal() {
    return of(project -> BankFixture.minimal(project).with(IMAGE, tinyPng()));
  }

  /** A new folder holding the files a fixture writes, removed when the JVM ends. */
  public static FuzzBank of(Function<Path, BankFixture> files) {
    try {
      Path target = Files.createDirectories(Path.of("target"));
      Path project = Files.createTempDirectory(target.toAbsolutePath(), "fuzz-bank-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(project)));
      files.apply(project).write();
      return new FuzzBank(project);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path project() {
    return project;
  }

  public Path bankDirectory() {
    return project.resolve(BankFixture.BANK);
  }

  /** Replaces one file of the bank (relative to {@code src/bank}). */
  public void write(String relativePath, byte[] content) {
    try {
      Path file = bankDirectory().resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes one file of the bank, if it is there. */
  public void remove(String relativePath) {
    try {
      Files.deleteIfExists(bankDirectory().resolve(relativePath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates the bank as it is on disk, keeping the Markdown trees, and fails on any diagnostic
   * that is not well formed (see {@link #assertWellFormed}).
   */
  public ValidationResult validate() throws IOException {
    ValidationResult result =
        VALIDATION.validate(
            new ValidationRequest(project, bankDirectory(), Optional.empty(), true));
    assertWellFormed(result.diagnostics());
    return result;
  }

  /**
   * What a fuzz test holds every diagnostic to: it names a bank file, a 1-based line that the file
   * has, a column, a rule and a message; and its rule is not {@code internal-error}, which means an
   * exception that nothing foresaw was caught while checking a file: a bug.
   */
  public void assertWellFormed(Collection<Diagnostic> diagnostics) throws IOException {
    for (Diagnostic diagnostic : diagnostics) {
      String line = diagnostic.format();
      check(diagnostic.path() != null && diagnostic.path().startsWith(BankFixture.BANK), line);
      check(diagnostic.line() >= 1 && diagnostic.column() >= 1, line);
      check(diagnostic.rule() != null, line);
      check(!"internal-error".equals(diagnostic.rule().id()), line);
      check(diagnostic.message() != null && !diagnostic.message().isBlank(), line);
      Path file = project.resolve(diagnostic.path());
      if (Files.isRegularFile(file) && Files.size(file) <= TextFileReader.MAX_BYTES) {
        check(diagnostic.line() <= lineCount(Files.readAllBytes(file)), line);
      }
    }
  }

  private static void check(boolean holds, String diagnostic) {
    if (!holds) {
      throw new AssertionError("malformed diagnostic: " + diagnostic);
    }
  }

  /** The file's lines as the loader counts them: CRLF, a lone CR and LF each end a line. */
  private static int lineCount(byte[] bytes) {
    int lines = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
        lines++;
      }
    }
    return lines;
  }

  /** A 1x1 PNG. */
  public static byte[] tinyPng() {
    return Base64.getDecoder()
        .decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
                + "AAAABJRU5ErkJggg==");
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Only a temporary folder under target/ is left behind.
    }
  }
}
