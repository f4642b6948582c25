package io.github.questionbank.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.select.PackConfigurationException;
import io.github.questionbank.select.PackProblem;
import io.github.questionbank.select.PackSpec;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** failOnWarning refuses before anything is written; configurations that cannot work are named. */
class ExportConfigurationTest {

  @TempDir Path project;
  @TempDir Path output;

  private ExportResult export(List<PackSpec> packs, List<String> formats, boolean failOnWarning)
      throws Exception {
    return ExportRun.export(project, output, packs, formats, PageSize.A4, failOnWarning);
  }

  @Test
  void aValidationWarningWithFailOnWarningWritesNothing() throws Exception {
    BankFixture.minimal(project)
        .with("lessons.yaml", BankFixture.LESSONS_YAML + "  - id: \"03\"\n    title: Unused\n")
        .write();

    ExportResult result = export(List.of(), List.of("pdf", "anki-csv"), true);

    assertThat(result.refused()).isTrue();
    assertThat(result.validation().warningCount()).isEqualTo(1);
    assertThat(output.resolve("mini-bank.pdf")).doesNotExist();
    assertThat(export(List.of(), List.of("pdf"), false).refused()).isFalse();
  }

  @Test
  void aMissingGlyphWithFailOnWarningLeavesThePreviousOutputs() throws Exception {
    BankFixture bank = BankFixture.minimal(project);
    bank.write();
    export(List.of(), List.of("pdf"), true);
    byte[] before = Files.readAllBytes(output.resolve("mini-bank.pdf"));
    bank.withAnswer("A private-use character \uE000.").write();

    ExportResult result = export(List.of(), List.of("pdf"), true);

    assertThat(result.refused()).isTrue();
    assertThat(result.validation().diagnostics())
        .singleElement()
        .satisfies(w -> assertThat(w.rule().id()).isEqualTo("missing-glyph"));
    assertThat(Files.readAllBytes(output.resolve("mini-bank.pdf"))).isEqualTo(before);
  }

  @Test
  void twoPacksWritingTheSameFileAreRefused() throws Exception {
    BankFixture.minimal(project).write();
    PackSpec sec = pack("sec", List.of("practice-pdf"));
    PackSpec secPractice = pack("sec-practice", List.of("pdf"));

    assertThatThrownBy(() -> export(List.of(sec, secPractice), List.of("pdf"), false))
        .isInstanceOf(PackConfigurationException.class)
        .hasMessage(
            "pack 'sec-practice': its file sec-practice.pdf is also written by pack 'sec':"
                + " rename one of the two packs");
  }

  @Test
  void anUnknownDefaultFormatNamesTheFormatsParameter() throws Exception {
    BankFixture.minimal(project).write();

    assertThatThrownBy(() -> export(List.of(), List.of("pdf", "pfd-practice", "docx"), false))
        .isInstanceOf(PackConfigurationException.class)
        .hasMessageStartingWith("formats: unknown format 'pfd-practice'")
        .hasMessageContaining("unknown format 'docx'")
        .hasMessageContaining("known: pdf, practice-pdf, anki-csv, xlsx, anki-apkg, html");
  }

  @Test
  void aPackWithoutAnIdSaysSo() throws Exception {
    BankFixture.minimal(project).write();

    assertThatThrownBy(() -> export(List.of(pack(null, List.of())), List.of("pdf"), false))
        .isInstanceOf(PackConfigurationException.class)
        .hasMessage("packs: a pack has no id: give it a kebab-case id, e.g. security-senior")
        // The core's words name no POM element: the plugin words the problem for the POM.
        .satisfies(
            e ->
                assertThat(((PackConfigurationException) e).problems())
                    .extracting(PackProblem::kind)
                    .containsExactly(PackProblem.Kind.MISSING_ID));
  }

  @Test
  void unknownDifficultiesListTheKnownOnesInOrder() throws Exception {
    BankFixture.minimal(project).write();
    PackSpec spec =
        new PackSpec(
            "hard", Optional.empty(), List.of(), List.of("HARD"), List.of(), List.of(), List.of());

    assertThatThrownBy(() -> export(List.of(spec), List.of("pdf"), false))
        .hasMessageContaining("unknown difficulty 'HARD' (known: LOW, MEDIUM, HIGH)");
  }

  private static PackSpec pack(String id, List<String> formats) {
    return new PackSpec(id, Optional.empty(), List.of(), List.of(), List.of(), List.of(), formats);
  }

  @Test
  void aBankWithoutQuestionsIsNotBlamedOnThePacks() throws Exception {
    BankFixture.minimal(project)
        .without(BankFixture.WHAT)
        .without(BankFixture.WHY)
        .without(BankFixture.HOW)
        .with("questions/basics/.keep", "")
        .write();

    assertThatThrownBy(() -> export(List.of(), List.of("pdf"), false))
        .isInstanceOfSatisfying(
            PackConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(PackProblem::kind)
                    .containsExactly(PackProblem.Kind.EMPTY_BANK));
  }
}
