package io.github.questionbank.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.incremental.ValidationRecord;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unchanged bank is reported from the last validation's findings, without loading it. A result
 * that holds a bank was loaded; one answered from the record holds none.
 */
class UnchangedBankTest {

  @TempDir Path project;
  @TempDir Path reports;
  @TempDir Path state;

  private ValidationRequest request() {
    return new ValidationRequest(project, project.resolve("src/bank"), Optional.of(reports))
        .withStateDirectory(state);
  }

  @Test
  void theSameFindingsComeBackUntilAFileChanges() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with("lessons.yaml", BankFixture.LESSONS_YAML + "  - id: \"03\"\n    title: Unused\n");
    bank.write();
    Validation validation = new Validation();

    ValidationResult first = validation.validate(request());
    ValidationResult again = validation.validate(request());

    assertThat(first.bank()).isPresent(); // loaded
    assertThat(again.bank()).isEmpty(); // answered from the record: nothing was loaded
    assertThat(again.diagnostics()).isEqualTo(first.diagnostics()).hasSize(1);
    assertThat(again.filesChecked()).isEqualTo(first.filesChecked());
    assertThat(again.summary()).isEqualTo(first.summary());

    Files.writeString(
        project.resolve("src/bank").resolve(BankFixture.WHY),
        BankFixture.question("why-use-it", "MEDIUM", "[\"03\"]", "Why use it?", "Because."));
    ValidationResult changed = validation.validate(request());
    assertThat(changed.bank()).isPresent();
    assertThat(changed.diagnostics()).isEmpty();
  }

  @Test
  void theDraftsAreCountedFromTheRecordToo() throws Exception {
    BankFixture.minimal(project)
        .with(
            BankFixture.WHY,
            "---\nid: why-use-it\ndifficulty: MEDIUM\nlessons: [\"02\"]\nquestion: Why?\n"
                + "draft: true\n---\nTODO\n")
        .write();
    Validation validation = new Validation();

    ValidationResult first = validation.validate(request());
    ValidationResult again = validation.validate(request());

    assertThat(again.bank()).isEmpty(); // answered from the record
    assertThat(first.drafts()).isEqualTo(1);
    assertThat(again.drafts()).isEqualTo(1);
  }

  @Test
  void aMissingReportMeansValidatingAgain() throws Exception {
    BankFixture.minimal(project).write();
    Validation validation = new Validation();
    validation.validate(request());
    Files.delete(reports.resolve(Validation.SARIF_FILE));

    assertThat(validation.validate(request()).bank()).isPresent();
  }

  @Test
  void theRecordLivesInTheStateDirectoryAndTheReportDirectoryHoldsOnlyTheReport() throws Exception {
    BankFixture.minimal(project).write();

    new Validation().validate(request());

    try (Stream<Path> files = Files.list(reports)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(Validation.SARIF_FILE);
    }
    assertThat(state.resolve(ValidationRecord.FILE)).isRegularFile();
  }

  @Test
  void withoutAStateDirectoryNothingIsRecordedAndEveryRunLoads() throws Exception {
    BankFixture.minimal(project).write();
    ValidationRequest noState =
        new ValidationRequest(project, project.resolve("src/bank"), Optional.of(reports));

    new Validation().validate(noState);

    assertThat(new Validation().validate(noState).bank()).isPresent();
    assertThat(state).isEmptyDirectory();
  }
}
