package io.github.questionbank.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.testing.BankFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unchanged bank is reported from the last validation's findings, without loading it. */
class UnchangedBankTest {

  @TempDir Path project;
  @TempDir Path reports;

  private ValidationRequest request() {
    return new ValidationRequest(project, project.resolve("src/bank"), Optional.of(reports));
  }

  @Test
  void theSameFindingsComeBackUntilAFileChanges() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with("lessons.yaml", BankFixture.LESSONS_YAML + "  - id: \"03\"\n    title: Unused\n");
    bank.write();
    Validation validation = new Validation();
    assertThat(validation.unchanged(request())).isEmpty();

    ValidationResult first = validation.validate(request());
    Optional<ValidationResult> again = validation.unchanged(request());

    assertThat(again).isPresent();
    assertThat(again.get().diagnostics()).isEqualTo(first.diagnostics()).hasSize(1);
    assertThat(again.get().filesChecked()).isEqualTo(first.filesChecked());
    assertThat(again.get().summary()).isEqualTo(first.summary());
    assertThat(again.get().bank()).isEmpty(); // nothing was loaded

    Files.writeString(
        project.resolve("src/bank").resolve(BankFixture.WHY),
        BankFixture.question("why-use-it", "MEDIUM", "[\"03\"]", "Why use it?", "Because."));
    assertThat(validation.unchanged(request())).isEmpty();
    assertThat(validation.validateIfChanged(request()).diagnostics()).isEmpty();
  }

  @Test
  void aMissingReportMeansValidatingAgain() throws Exception {
    BankFixture.minimal(project).write();
    Validation validation = new Validation();
    validation.validate(request());
    Files.delete(reports.resolve(Validation.SARIF_FILE));

    assertThat(validation.unchanged(request())).isEmpty();
  }
}
