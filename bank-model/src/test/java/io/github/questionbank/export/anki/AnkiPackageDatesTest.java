package io.github.questionbank.export.anki;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.ExportResult;
import io.github.questionbank.export.ExportRun;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.GitRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each note of the package is dated when its question last changed, as the export goal writes it:
 * read from the bank's Git history, with {@code project.build.outputTimestamp} outside Git. Anki's
 * "update notes: if newer" then updates exactly the notes whose questions changed.
 */
class AnkiPackageDatesTest {

  private static final Instant FIRST = Instant.parse("2027-01-10T09:00:00Z");
  private static final Instant SECOND = Instant.parse("2027-02-20T10:30:00Z");
  private static final Instant THIRD = Instant.parse("2027-03-05T16:45:00Z");
  private static final String IMAGE = "questions/advanced/img/flow.png";

  private static final String WHAT = AnkiGuid.of("mini-bank", "what-is-it");
  private static final String WHY = AnkiGuid.of("mini-bank", "why-use-it");
  private static final String HOW = AnkiGuid.of("mini-bank", "how-does-it-work");

  @TempDir Path temp;

  @Test
  void eachNoteHasTheCommitTimeOfItsQuestionsLastChange() throws Exception {
    BankFixture bank = bankWithAnImage(temp.resolve("project"));
    try (GitRepository git = GitRepository.init(bank.project())) {
      git.commitAll("the bank", FIRST);
      bank.withAnswer("It is another thing.").write();
      git.commitAll("edit one answer", SECOND);
    }

    AnkiPackageFile apkg = export(bank.project(), "out");

    assertThat(modByGuid(apkg))
        .containsExactlyInAnyOrderEntriesOf(Map.of(WHAT, SECOND, WHY, FIRST, HOW, FIRST));
    for (AnkiPackageFile.Note note : apkg.notes()) {
      assertThat(apkg.cardOf(note).mod()).as("card").isEqualTo(note.mod());
    }
    assertThat(apkg.collection().noteType().get("mod").asLong())
        .isEqualTo(AnkiNoteType.DEFINED.getEpochSecond());
  }

  @Test
  void aChangedImageMovesTheDateOfTheNoteThatShowsIt() throws Exception {
    BankFixture bank = bankWithAnImage(temp.resolve("project"));
    try (GitRepository git = GitRepository.init(bank.project())) {
      git.commitAll("the bank", FIRST);
      bank.with(IMAGE, new byte[] {9, 9, 9}).write();
      git.commitAll("a clearer diagram", SECOND);
    }

    assertThat(modByGuid(export(bank.project(), "out")))
        .containsExactlyInAnyOrderEntriesOf(Map.of(WHAT, FIRST, WHY, FIRST, HOW, SECOND));
  }

  @Test
  void anUncommittedEditIsNewerThanEveryCommitAndItsCommitNewerStill() throws Exception {
    BankFixture bank = bankWithAnImage(temp.resolve("project"));
    Path output = temp.resolve("out");
    try (GitRepository git = GitRepository.init(bank.project())) {
      git.commitAll("the bank", FIRST);
      bank.withAnswer("Edited, not committed yet.").write();

      ExportResult dirty = ExportRun.export(bank.project(), output, List.of("anki-apkg"));
      assertThat(dirty.upToDate()).isFalse();
      assertThat(modByGuid(read(output, "dirty")))
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(WHAT, FIRST.plusSeconds(1), WHY, FIRST, HOW, FIRST));

      // The commit changes no file, only the edit's date: the export is not up to date.
      git.commitAll("commit the edit", THIRD);
      ExportResult committed = ExportRun.export(bank.project(), output, List.of("anki-apkg"));
      assertThat(committed.upToDate()).isFalse();
      assertThat(modByGuid(read(output, "committed")))
          .containsExactlyInAnyOrderEntriesOf(Map.of(WHAT, THIRD, WHY, FIRST, HOW, FIRST));
      assertThat(ExportRun.export(bank.project(), output, List.of("anki-apkg")).upToDate())
          .isTrue();
    }
  }

  @Test
  void outsideGitEveryNoteHasTheOutputTimestamp() throws Exception {
    BankFixture bank = bankWithAnImage(temp.resolve("download"));

    assertThat(modByGuid(export(bank.project(), "out")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(WHAT, ExportRun.TIMESTAMP, WHY, ExportRun.TIMESTAMP, HOW, ExportRun.TIMESTAMP));
  }

  @Test
  void theSameCommitGivesTheSameBytesInAnyClone() throws Exception {
    BankFixture bank = bankWithAnImage(temp.resolve("project"));
    try (GitRepository git = GitRepository.init(bank.project())) {
      git.commitAll("the bank", FIRST);
      bank.withAnswer("It is another thing.").write();
      git.commitAll("edit one answer", SECOND);
    }
    Path clone = temp.resolve("elsewhere/clone");
    Git.cloneRepository()
        .setURI(bank.project().toUri().toString())
        .setDirectory(clone.toFile())
        .call()
        .close();

    ExportRun.export(bank.project(), temp.resolve("one"), List.of("anki-apkg", "anki-csv"));
    ExportRun.export(clone, temp.resolve("two"), List.of("anki-apkg", "anki-csv"));

    for (String file : List.of("mini-bank.apkg", "mini-bank.anki.csv")) {
      assertThat(temp.resolve("two").resolve(file))
          .as(file)
          .hasSameBinaryContentAs(temp.resolve("one").resolve(file));
    }
  }

  /** The minimal bank, its third question showing a local image. */
  private static BankFixture bankWithAnImage(Path project) {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(IMAGE, new byte[] {1, 2, 3})
            .with(
                BankFixture.HOW,
                BankFixture.question(
                    "how-does-it-work", "HIGH", "[\"02\"]", "How?", "![flow](img/flow.png)"));
    bank.write();
    return bank;
  }

  private AnkiPackageFile export(Path project, String out) throws Exception {
    Path output = temp.resolve(out);
    ExportResult result = ExportRun.export(project, output, List.of("anki-apkg"));
    assertThat(result.refused()).as("refused: %s", result.findings()).isFalse();
    return read(output, out);
  }

  private AnkiPackageFile read(Path output, String scratch) throws Exception {
    return AnkiPackageFile.read(
        output.resolve("mini-bank.apkg"), temp.resolve("scratch").resolve(scratch));
  }

  private static Map<String, Instant> modByGuid(AnkiPackageFile apkg) {
    return apkg.notes().stream()
        .collect(
            Collectors.toMap(
                AnkiPackageFile.Note::guid, note -> Instant.ofEpochSecond(note.mod())));
  }
}
