package io.github.questionbank.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.incremental.BankFingerprint;
import io.github.questionbank.incremental.Fingerprint;
import io.github.questionbank.incremental.StateDirectory;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.validate.Validation;
import io.github.questionbank.validate.ValidationRequest;
import io.github.questionbank.validate.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export after bank:validate in the same build reuses its checked bank while files hold. */
class ReusedValidationTest {

  private static final List<String> FORMATS = List.of("anki-csv", "html");

  @TempDir Path temp;

  @Test
  void anUnchangedBankIsNotReadAgainAndGivesTheSameFiles() throws Exception {
    BankFixture fixture = BankFixture.minimal(temp.resolve("project"));
    fixture.write();
    ValidationResult checked = validate(fixture);
    List<String> phases = new ArrayList<>();

    ExportResult reused = export(fixture, temp.resolve("reused"), Optional.of(checked), phases);
    ExportResult fresh =
        export(fixture, temp.resolve("fresh"), Optional.empty(), new ArrayList<>());

    assertThat(phases).containsExactly("reused 5 files", "wrote 2 files");
    assertThat(reused.validation()).isSameAs(checked);
    for (String file : List.of("mini-bank.anki.csv", "mini-bank.html")) {
      assertThat(temp.resolve("reused").resolve(file))
          .hasSameBinaryContentAs(temp.resolve("fresh").resolve(file));
    }
    assertThat(fresh.files()).hasSize(2);
  }

  @Test
  void aFileChangedSinceTheValidationIsReadAndCheckedAgain() throws Exception {
    BankFixture fixture = BankFixture.minimal(temp.resolve("project"));
    fixture.write();
    ValidationResult checked = validate(fixture);
    // Something rewrites an answer between bank:validate and bank:export.
    Path what = fixture.bankDirectory().resolve(BankFixture.WHAT);
    Files.writeString(what, Files.readString(what) + "\nA sentence added after validation.\n");
    List<String> phases = new ArrayList<>();

    ExportResult result = export(fixture, temp.resolve("out"), Optional.of(checked), phases);

    assertThat(phases).containsExactly("validated 5 files", "wrote 2 files");
    assertThat(result.validation()).isNotSameAs(checked);
    assertThat(temp.resolve("out/mini-bank.anki.csv"))
        .content()
        .contains("A sentence added after validation.");
  }

  /** As bank:validate does: the fingerprint of the files is taken before they are read. */
  private static ValidationResult validate(BankFixture fixture) throws Exception {
    Fingerprint files = BankFingerprint.ofFiles(fixture.bankDirectory());
    return new Validation()
        .validate(
            new ValidationRequest(fixture.project(), fixture.bankDirectory(), Optional.empty())
                .withKnownFiles(files));
  }

  private static ExportResult export(
      BankFixture fixture, Path output, Optional<ValidationResult> earlier, List<String> phases)
      throws Exception {
    ExportListener listener =
        new ExportListener() {
          @Override
          public void validated(int filesChecked, long millis) {
            phases.add("validated " + filesChecked + " files");
          }

          @Override
          public void reusedValidation(int filesChecked, long millis) {
            phases.add("reused " + filesChecked + " files");
          }

          @Override
          public void wroteAll(int files, long millis) {
            phases.add("wrote " + files + " files");
          }
        };
    return new Export()
        .export(
            new ExportRequest(
                fixture.project(),
                fixture.bankDirectory(),
                output,
                List.of(),
                FORMATS,
                ExportRun.TIMESTAMP,
                PageSize.A4,
                false,
                listener,
                StateDirectory.besideOutputs(output)),
            earlier);
  }
}
