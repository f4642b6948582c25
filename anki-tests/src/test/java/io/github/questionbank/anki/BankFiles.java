package io.github.questionbank.anki;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.Export;
import io.github.questionbank.export.ExportListener;
import io.github.questionbank.export.ExportRequest;
import io.github.questionbank.export.ExportResult;
import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.incremental.StateDirectory;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Question;
import io.github.questionbank.validate.Validation;
import io.github.questionbank.validate.ValidationRequest;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The banks the tests give Anki, read and exported through the core's public API as a user's build
 * does: the real bank (bank-content), a small one with an image, and copies to edit.
 */
final class BankFiles {

  /**
   * {@code project.build.outputTimestamp}, the date of bank-content's own outputs, so that the
   * tests import the very bytes the build publishes.
   */
  static final Instant BUILD_TIMESTAMP =
      Instant.parse(System.getProperty("anki.outputTimestamp", "2026-11-25T00:00:00Z"));

  private BankFiles() {}

  static Path realBank() {
    return project("anki.realBank");
  }

  static Path imageBank() {
    return project("anki.imageBank");
  }

  private static Path project(String property) {
    String folder = System.getProperty(property);
    assertThat(folder).as("system property %s (set by the module's POM)", property).isNotNull();
    return Path.of(folder).toAbsolutePath().normalize();
  }

  /** The bank in {@code project}'s src/bank as the core reads it; it must be valid. */
  static Bank read(Path project) throws IOException {
    ValidationResult result =
        new Validation()
            .validate(
                new ValidationRequest(project, project.resolve("src/bank"), Optional.empty()));
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    return result.bank().orElseThrow();
  }

  /**
   * Exports the whole bank in {@code project} (one pack, named after the bank) in {@code formats}
   * into {@code output}, dated {@code timestamp}.
   */
  static void export(Path project, Path output, Instant timestamp, String... formats)
      throws Exception {
    ExportResult result =
        new Export()
            .export(
                new ExportRequest(
                    project,
                    project.resolve("src/bank"),
                    output,
                    List.of(),
                    List.of(formats),
                    timestamp,
                    PageSize.A4,
                    false,
                    ExportListener.NONE,
                    StateDirectory.besideOutputs(output)),
                Optional.empty());
    assertThat(result.refused()).as("%s", result.validation().diagnostics()).isFalse();
  }

  /**
   * The GUID a question's note must have: restated here from the exporter's rule (128 bits of
   * SHA-256 of bank id and question id), because learners' review histories hang on it; a change of
   * the rule must fail a test, not pass silently.
   */
  static String guid(Bank bank, Question question) {
    byte[] digest = DigestUtils.sha256(bank.id() + "/" + question.id());
    return "qb" + HexFormat.of().formatHex(digest, 0, 16);
  }

  /** Copies {@code project}'s src/bank into {@code target}/src/bank, to edit it there. */
  static Path copy(Path project, Path target) throws IOException {
    Path from = project.resolve("src/bank");
    Path to = target.resolve("src/bank");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path copy = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return target;
  }
}
