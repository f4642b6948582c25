package io.github.questionbank.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.load.BankNotFoundException;
import io.github.questionbank.select.PackConfigurationException;
import io.github.questionbank.select.PackProblem;
import io.github.questionbank.select.PackProblem.Kind;
import java.io.File;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void aBugOfTheToolchainSaysSoInOneLineAndKeepsItsCause() {
    IllegalStateException bug = new IllegalStateException("the contents do not settle");

    MojoExecutionException failure = Failures.internal(bug);

    assertThat(failure)
        .hasMessage(
            "The question bank toolchain failed (IllegalStateException: the contents do not"
                + " settle); this is a bug, not a problem of your bank: please report it with the"
                + " output of mvn -e")
        .hasCause(bug);
  }

  private final Requests requests =
      new Requests(
          new File("/work/author/bank"),
          new File("/work/author/bank/src/bank"),
          new File("/work/author/bank/target/bank"));

  @Test
  void aMissingBankNamesTheFolderAndBothWaysToPointAtIt() {
    MojoExecutionException failure =
        Failures.of(new BankNotFoundException(Path.of("/work/author/bank/src/bank")), requests);

    assertThat(failure)
        .hasMessage(
            "No question bank at src/bank: create it with bank.yaml, lessons.yaml and questions/,"
                + " or point the plugin at your bank with <directory> in the POM or"
                + " -Dbank.directory=...");
  }

  @Test
  void anIoFailureNamesThePathAndTheReason() {
    MojoExecutionException failure =
        Failures.of(new AccessDeniedException("/work/author/bank/target/bank/api.pdf"), requests);

    assertThat(failure).hasMessage("Cannot read or write target/bank/api.pdf: permission denied");
  }

  @Test
  void aFileInTheWayOfTheOutputFolderSaysSo() {
    MojoExecutionException failure =
        Failures.of(new FileAlreadyExistsException("/work/author/bank/target/bank"), requests);

    assertThat(failure)
        .hasMessage(
            "Cannot read or write target/bank: a file of that name is in the way of a folder:"
                + " move it, or choose another <outputDirectory>");
  }

  @Test
  void anUnknownDefaultFormatNamesTheFormatsParameterAndItsProperty() {
    PackConfigurationException e =
        new PackConfigurationException(
            List.of(
                PackProblem.unknown(Kind.UNKNOWN_FORMAT, null, "pdff", List.of("pdf", "xlsx")),
                PackProblem.unknown(Kind.UNKNOWN_FORMAT, null, "docx", List.of("pdf", "xlsx"))));

    assertThat(Failures.of(e))
        .hasMessage(
            "Invalid configuration: <formats> (-Dbank.formats): unknown format 'pdff' (did you mean"
                + " 'pdf'?); unknown format 'docx' (known: pdf, xlsx)")
        // Maven would append the cause's message to the line it prints: the core's plain words
        // would repeat the problem.
        .hasNoCause();
  }

  @Test
  void aPackProblemNamesThePackInPomTerms() {
    PackConfigurationException e =
        new PackConfigurationException(
            List.of(
                PackProblem.unknown(
                    Kind.UNKNOWN_SECTION,
                    "security-senior",
                    "securty",
                    List.of("fundamentals", "security")),
                PackProblem.of(Kind.ID_NOT_KEBAB_CASE, "security-senior", "Security_Senior"),
                PackProblem.of(Kind.NO_FORMAT, "security-senior")));

    assertThat(Failures.of(e))
        .hasMessage(
            "Invalid <packs> configuration: pack 'security-senior': unknown section 'securty'"
                + " (did you mean 'security'?) (known: fundamentals, security);"
                + " <id>Security_Senior</id> must be kebab-case, e.g. <id>security-senior</id>;"
                + " no format to write: name at least one in its <formats>, or in the plugin's"
                + " <formats> (-Dbank.formats)");
  }

  @Test
  void aPackWithoutAnIdSaysWhichElementIsMissing() {
    assertThat(Failures.of(new PackConfigurationException(PackProblem.of(Kind.MISSING_ID, null))))
        .hasMessage(
            "Invalid <packs> configuration: a <pack> has no <id>: give it a kebab-case id, e.g."
                + " <id>security-senior</id>");
  }

  @Test
  void aBankWithoutQuestionsSaysSoWithoutBlamingThePacks() {
    assertThat(
            Failures.of(
                new PackConfigurationException(PackProblem.of(Kind.EMPTY_BANK, "mini-bank"))))
        .hasMessage(
            "Nothing to export: the bank has no question yet: add question files under"
                + " questions/<section-id>/");
  }

  @Test
  void aBankOfDraftsOnlyIsNothingToExportAndSaysWhy() {
    assertThat(
            Failures.of(
                new PackConfigurationException(PackProblem.of(Kind.ONLY_DRAFTS, "mini-bank", "2"))))
        .hasMessage(
            "Nothing to export: all 2 questions of the bank are drafts: take draft: true out of"
                + " the questions ready to publish");
  }
}
