package io.github.questionbank.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.GitRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates from a repository built in the test, with commit times the test chose. */
class GitHistoryTest {

  private static final Instant FIRST = Instant.parse("2026-01-10T09:00:00Z");
  private static final Instant SECOND = Instant.parse("2026-02-20T10:30:00Z");
  private static final Instant THIRD = Instant.parse("2026-03-05T16:45:00Z");
  private static final Instant OUTPUT_TIMESTAMP = Instant.parse("2025-12-01T00:00:00Z");

  @TempDir Path temp;

  @Test
  void eachFileHasTheCommitTimeOfTheLastCommitThatChangedIt() throws Exception {
    BankFixture bank = BankFixture.minimal(temp.resolve("project"));
    bank.write();
    try (GitRepository git = GitRepository.init(bank.project())) {
      git.commitAll("the bank", FIRST);
      bank.withAnswer("It is another thing.").write();
      git.commitAll("edit one answer", SECOND);
      // A commit outside the bank moves no date of the bank's.
      Files.writeString(bank.project().resolve("pom.xml"), "<project/>");
      git.commitAll("a build file", THIRD);
    }

    FileDates dates = GitHistory.of(bank.bankDirectory(), OUTPUT_TIMESTAMP);

    assertThat(dates.committed())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "bank.yaml",
                FIRST,
                "lessons.yaml",
                FIRST,
                BankFixture.WHAT,
                SECOND,
                BankFixture.WHY,
                FIRST,
                BankFixture.HOW,
                FIRST));
    assertThat(dates.uncommitted()).isEqualTo(THIRD.plusSeconds(1));
  }

  @Test
  void filesNotCommittedAsTheyAreGetOneSecondAfterTheNewestCommit() throws Exception {
    BankFixture bank = BankFixture.minimal(temp.resolve("project"));
    bank.write();
    try (GitRepository git = GitRepository.init(bank.project())) {
      git.commitAll("the bank", FIRST);
      bank.withAnswer("Edited, not committed.")
          .with(
              "questions/advanced/020-new.md", BankFixture.question("n", "HIGH", "[]", "N?", "N."))
          .write();
      // Staged, not committed: still not what a commit holds.
      Files.writeString(
          bank.bankDirectory().resolve(BankFixture.HOW),
          bank.text(BankFixture.HOW) + "\nMore.\n",
          StandardCharsets.UTF_8);
      git.add("src/bank/" + BankFixture.HOW);
    }

    FileDates dates = GitHistory.of(bank.bankDirectory(), OUTPUT_TIMESTAMP);

    assertThat(dates.committed()).containsOnlyKeys("bank.yaml", "lessons.yaml", BankFixture.WHY);
    assertThat(dates.of(BankFixture.WHAT)).isEqualTo(FIRST.plusSeconds(1));
    assertThat(dates.of(BankFixture.HOW)).isEqualTo(FIRST.plusSeconds(1));
    assertThat(dates.of("questions/advanced/020-new.md")).isEqualTo(FIRST.plusSeconds(1));
    assertThat(dates.of(BankFixture.WHY)).isEqualTo(FIRST);
  }

  @Test
  void aLaterOutputTimestampDatesTheUncommittedFiles() throws Exception {
    BankFixture bank = BankFixture.minimal(temp.resolve("project"));
    bank.write();
    try (GitRepository git = GitRepository.init(bank.project())) {
      git.commitAll("the bank", FIRST);
    }
    bank.withAnswer("Edited, not committed.").write();

    FileDates dates = GitHistory.of(bank.bankDirectory(), THIRD);

    assertThat(dates.of(BankFixture.WHAT)).isEqualTo(THIRD);
    assertThat(dates.of(BankFixture.WHY)).isEqualTo(FIRST);
  }

  @Test
  void outsideGitEveryFileHasTheOutputTimestamp() throws Exception {
    BankFixture bank = BankFixture.minimal(temp.resolve("download"));
    bank.write();

    FileDates dates = GitHistory.of(bank.bankDirectory(), OUTPUT_TIMESTAMP);

    assertThat(dates).isEqualTo(FileDates.without(OUTPUT_TIMESTAMP));
    assertThat(dates.of(BankFixture.WHAT)).isEqualTo(OUTPUT_TIMESTAMP);
  }

  @Test
  void aRepositoryWithoutCommitsOrWithoutTheBankInItsHistoryGivesTheOutputTimestamp()
      throws Exception {
    BankFixture bank = BankFixture.minimal(temp.resolve("project"));
    bank.write();
    try (GitRepository git = GitRepository.init(bank.project())) {
      assertThat(GitHistory.of(bank.bankDirectory(), OUTPUT_TIMESTAMP))
          .isEqualTo(FileDates.without(OUTPUT_TIMESTAMP));

      // As for a bank in an ignored build folder (an example project copied into target/).
      Files.writeString(bank.project().resolve(".gitignore"), "/src/\n");
      git.commitAll("ignore the bank", FIRST);
      assertThat(GitHistory.of(bank.bankDirectory(), OUTPUT_TIMESTAMP))
          .isEqualTo(FileDates.without(OUTPUT_TIMESTAMP));
    }
  }

  @Test
  void aBankThatIsTheWholeWorkTreeIsDatedToo() throws Exception {
    BankFixture bank = BankFixture.minimal(temp.resolve("project"));
    Path bankDirectory = bank.write();
    try (GitRepository git = GitRepository.init(bankDirectory)) {
      git.commitAll("the bank", FIRST);
    }

    assertThat(GitHistory.of(bankDirectory, OUTPUT_TIMESTAMP).of(BankFixture.HOW)).isEqualTo(FIRST);
  }

  @Test
  void theDatesFingerprintChangesWhenOnlyADateDoes() throws Exception {
    BankFixture bank = BankFixture.minimal(temp.resolve("project"));
    bank.write();
    try (GitRepository git = GitRepository.init(bank.project())) {
      git.commitAll("the bank", FIRST);
      bank.withAnswer("Edited.").write();
      String dirty = GitHistory.of(bank.bankDirectory(), OUTPUT_TIMESTAMP).fingerprint();
      // The same files, now committed: the content is the same, the date is not.
      git.commitAll("commit the edit", SECOND);
      String committed = GitHistory.of(bank.bankDirectory(), OUTPUT_TIMESTAMP).fingerprint();

      assertThat(committed).isNotEqualTo(dirty);
      assertThat(GitHistory.of(bank.bankDirectory(), OUTPUT_TIMESTAMP).fingerprint())
          .isEqualTo(committed);
    }
  }
}
