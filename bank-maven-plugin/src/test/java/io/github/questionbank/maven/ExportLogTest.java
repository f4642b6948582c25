package io.github.questionbank.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.FaultIsolation;
import io.github.questionbank.export.ExportResult;
import io.github.questionbank.export.ExportedFile;
import io.github.questionbank.validate.ValidationResult;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class ExportLogTest {

  private static final File PROJECT = new File("/work/repo/bank");

  private final RecordingLog log = new RecordingLog();
  private final Requests requests =
      new Requests(PROJECT, new File(PROJECT, "src/bank"), new File(PROJECT, "target/bank"));

  @Test
  void eachFileIsOneLineWithItsPackCountSizeAndTime() {
    new ExportLog(log).written(new ExportedFile("bank", "pdf", "bank.pdf", 82, 3_250_000, 812));

    assertThat(log.lines)
        .containsExactly("[INFO] Wrote bank.pdf (pdf, pack bank: 82 questions, 3.1 MiB, 812 ms)");
  }

  @Test
  void bothPhasesSayHowLongTheyTook() {
    ExportLog export = new ExportLog(log);
    export.validated(10_002, 2_130);
    export.wroteAll(6, 13_200);

    assertThat(log.lines)
        .containsExactly(
            "[INFO] Question bank: read and checked 10002 files in 2130 ms",
            "[INFO] Question bank: wrote 6 files in 13200 ms (formats in parallel, one per core)");
  }

  @Test
  void oneFileIsOneFile() {
    ExportLog export = new ExportLog(log);
    export.validated(1, 20);
    export.reusedValidation(1, 5);
    export.wroteAll(1, 300);

    assertThat(log.lines)
        .containsExactly(
            "[INFO] Question bank: read and checked 1 file in 20 ms",
            "[INFO] Question bank: the 1 file bank:validate checked in this build is unchanged: not"
                + " read again (answers parsed for the formats in 5 ms)",
            "[INFO] Question bank: wrote 1 file in 300 ms (formats in parallel, one per core)");
  }

  @Test
  void anAnkiPackageWithoutATimestampGetsAdviceOnUpdates() throws Exception {
    new ExportLog(log).report(exported("pdf", "anki-apkg", "anki-apkg"), requests, true);

    assertThat(log.lines).hasSize(2);
    assertThat(log.lines.get(0))
        .startsWith(
            "[WARNING] project.build.outputTimestamp is not set and the bank is not in a Git"
                + " repository, so bank-1.apkg is dated")
        .contains(
            "Anki will not update notes", "commit the bank", "<project.build.outputTimestamp>");
    assertThat(log.lines.get(1)).isEqualTo("[INFO] Question bank: exported 3 files to target/bank");
  }

  @Test
  void noAdviceWhenTheNotesAreDatedFromGit() throws Exception {
    ExportResult outsideGit = exported("anki-apkg");
    ExportResult inGit =
        new ExportResult(
            outsideGit.validation(), outsideGit.files(), List.of(), false, false, true);

    new ExportLog(log).report(inGit, requests, true);

    assertThat(log.lines).noneMatch(line -> line.startsWith("[WARNING]"));
  }

  @Test
  void noAdviceWithATimestampOrWithoutAnAnkiPackage() throws Exception {
    new ExportLog(log).report(exported("pdf", "anki-apkg"), requests, false);
    new ExportLog(log).report(exported("pdf", "anki-csv"), requests, true);

    assertThat(log.lines).noneMatch(line -> line.startsWith("[WARNING]"));
  }

  @Test
  void aFailureWhileRenderingAQuestionIsAnErrorAtItsFileAndNothingIsWritten() {
    Diagnostic failure =
        FaultIsolation.failure(
            "src/bank/questions/a/010-x.md", "rendering", new IllegalStateException("boom"));
    ValidationResult validation =
        new ValidationResult(List.of(), 3, Optional.empty(), Optional.empty());
    ExportResult refused = new ExportResult(validation, List.of(), List.of(failure), false, true);

    assertThatThrownBy(() -> new ExportLog(log).report(refused, requests, false))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "1 error while writing the outputs; nothing was written and the previous outputs are"
                + " as they were");
    assertThat(log.lines)
        .containsExactly(
            "[ERROR] src/bank/questions/a/010-x.md:1:1: error: the toolchain failed while"
                + " rendering this file (java.lang.IllegalStateException: boom): this is a bug of"
                + " the toolchain, please report it with this file [internal-error]");
  }

  private static ExportResult exported(String... formats) {
    List<ExportedFile> files = new java.util.ArrayList<>();
    for (int i = 0; i < formats.length; i++) {
      String extension = formats[i].equals("anki-apkg") ? "apkg" : formats[i];
      files.add(new ExportedFile("bank", formats[i], "bank-" + i + "." + extension, 2, 100, 1));
    }
    ValidationResult validation =
        new ValidationResult(List.of(), 3, Optional.empty(), Optional.empty());
    return new ExportResult(validation, files, List.of(), false, false);
  }
}
