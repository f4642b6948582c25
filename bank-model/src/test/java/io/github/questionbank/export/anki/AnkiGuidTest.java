package io.github.questionbank.export.anki;

import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.model.Bank;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.Folders;
import io.github.questionbank.testing.RealBankContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-importing an edited bank must update notes, never duplicate them. */
class AnkiGuidTest {

  @TempDir Path temp;

  @Test
  void guidStartsWithALetterAndDependsOnBankAndQuestionIdOnly() {
    String guid = AnkiGuid.of("mini-bank", "what-is-it");

    assertThat(guid).matches("qb[0-9a-f]{32}");
    assertThat(AnkiGuid.of("mini-bank", "what-is-it")).isEqualTo(guid);
    assertThat(AnkiGuid.of("mini-bank", "why-use-it")).isNotEqualTo(guid);
    assertThat(AnkiGuid.of("other-bank", "what-is-it")).isNotEqualTo(guid);
    // The separator keeps ("ab", "c") and ("a", "bc") apart.
    assertThat(AnkiGuid.of("ab", "c")).isNotEqualTo(AnkiGuid.of("a", "bc"));
  }

  @Test
  void editingAndRenamingAQuestionKeepsItsGuid() throws Exception {
    BankFixture fixture = BankFixture.minimal(temp.resolve("project"));
    List<String> before = guids(fixture, "before");

    fixture
        .without(BankFixture.WHAT)
        .with(
            "questions/basics/030-what-renamed.md",
            question(
                "what-is-it", "HIGH", "[\"02\"]", "What is it, really?", "A rewritten answer."));
    AnkiImportFile after = export(fixture, "after");

    // The renamed file now sorts after 020-why.md; its note moves with it.
    assertThat(after.column("GUID")).containsExactly(before.get(1), before.get(0), before.get(2));
    assertThat(after.column("Front").get(1)).isEqualTo("What is it, really?");
    assertThat(after.column("Back").get(1)).isEqualTo("<p>A rewritten answer.</p>");
  }

  @Test
  void aNewQuestionGetsANewDistinctGuid() throws Exception {
    BankFixture fixture = BankFixture.minimal(temp.resolve("project"));
    List<String> before = guids(fixture, "before");

    fixture.with(
        "questions/advanced/020-new.md",
        question("brand-new", "HIGH", "[\"02\"]", "Is this new?", "Yes."));
    List<String> after = export(fixture, "after").column("GUID");

    assertThat(after).hasSize(4).startsWith(before.toArray(String[]::new));
    assertThat(after.get(3)).isNotIn(before);
  }

  @Test
  void aQuestionHasTheSameGuidInEveryPack() throws Exception {
    BankFixture fixture = BankFixture.minimal(temp.resolve("project"));
    fixture.write();
    Bank bank = AnkiExportRun.bank(fixture.project());

    AnkiImportFile whole =
        AnkiExportRun.exportAndRead(
            AnkiExportRun.wholeBank(bank), fixture.project(), temp.resolve("whole"));
    AnkiImportFile advanced =
        AnkiExportRun.exportAndRead(
            AnkiExportRun.sections(bank, "advanced-only", "advanced"),
            fixture.project(),
            temp.resolve("advanced"));

    assertThat(advanced.column("GUID")).containsExactly(whole.column("GUID").get(2));
  }

  @Test
  void editedRealBankKeepsEveryGuidAndANewQuestionAddsOne() throws Exception {
    Path project = temp.resolve("real");
    Folders.copy(AnkiExportRun.REAL_PROJECT.resolve("src/bank"), project.resolve("src/bank"));
    List<String> before = realExport(project, "before").column("GUID");

    Path security = project.resolve("src/bank/questions/security");
    Files.delete(security.resolve("120-pkce.md"));
    Files.writeString(
        security.resolve("125-pkce-renamed.md"),
        question(
            "pkce",
            "HIGH",
            "[\"07\"]",
            "What does PKCE protect against?",
            "An intercepted authorization code is useless without the verifier."));
    AnkiImportFile edited = realExport(project, "edited");

    Files.writeString(
        security.resolve("999-brand-new.md"),
        question("brand-new-question", "HIGH", "[\"07\"]", "Is this new?", "Yes, it is new."));
    List<String> added = realExport(project, "added").column("GUID");

    int questions = RealBankContent.real().count();
    assertThat(before).hasSize(questions);
    assertThat(edited.column("GUID")).isEqualTo(before);
    assertThat(edited.field(edited.byGuid(AnkiGuid.of("api-interview-questions", "pkce")), "Front"))
        .isEqualTo("What does PKCE protect against?");
    assertThat(added).hasSize(questions + 1).containsAll(before);
    assertThat(added).filteredOn(guid -> !before.contains(guid)).hasSize(1);
  }

  private List<String> guids(BankFixture fixture, String run) throws Exception {
    return export(fixture, run).column("GUID");
  }

  private AnkiImportFile export(BankFixture fixture, String run) throws Exception {
    fixture.write();
    Bank bank = AnkiExportRun.bank(fixture.project());
    return AnkiExportRun.exportAndRead(
        AnkiExportRun.wholeBank(bank), fixture.project(), temp.resolve("out-" + run));
  }

  private AnkiImportFile realExport(Path project, String run) throws Exception {
    Bank bank = AnkiExportRun.bank(project);
    return AnkiExportRun.exportAndRead(
        AnkiExportRun.wholeBank(bank), project, temp.resolve("out-" + run));
  }
}
