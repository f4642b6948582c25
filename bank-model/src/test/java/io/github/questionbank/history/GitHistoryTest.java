package io.github.questionbank.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.GitRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
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
  void aChangeMergedFromABranchIsDatedByTheMerge() throws Exception {
    BankFixture bank = BankFixture.minimal(temp.resolve("project"));
    bank.write();
    Instant merged = THIRD.plusSeconds(3_600);
    try (GitRepository git = GitRepository.init(bank.project())) {
      git.commitAll("the bank", FIRST);
      git.git().checkout().setCreateBranch(true).setName("edit-why").call();
      Files.writeString(
          bank.bankDirectory().resolve(BankFixture.WHY), bank.text(BankFixture.WHY) + "\nMore.\n");
      git.commitAll("edit why on a branch", SECOND);
      git.git().checkout().setName("main").call();
      Files.writeString(
          bank.bankDirectory().resolve(BankFixture.HOW), bank.text(BankFixture.HOW) + "\nMore.\n");
      git.commitAll("edit how on main", THIRD);
      git.git()
          .merge()
          .include(git.git().getRepository().findRef("edit-why"))
          .setCommit(false)
          .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF)
          .call();
      git.commit("merge edit-why", merged);
    }

    FileDates dates = GitHistory.of(bank.bankDirectory(), OUTPUT_TIMESTAMP);

    // The branch's edit reached main (what is published) with the merge.
    assertThat(dates.of(BankFixture.WHY)).isEqualTo(merged);
    assertThat(dates.of(BankFixture.HOW)).isEqualTo(THIRD);
    assertThat(dates.of(BankFixture.WHAT)).isEqualTo(FIRST);
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

  /**
   * A bank of 2,000 files with 50 commits, each of the last 49 editing 40 files: the history is
   * read in one walk (the time it takes is printed), and every file has the time of its last edit.
   * The commits are written straight into the object database (staging 2,000 files 50 times would
   * take most of the test's time), then checked out.
   */
  @Test
  void twoThousandFilesAndFiftyCommitsAreDatedInOneWalk() throws Exception {
    Path project = temp.resolve("project");
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      files.add(String.format("questions/section-%02d/%04d-question.md", i % 10, i));
    }
    Map<String, Instant> expected = new HashMap<>();
    try (GitRepository git = GitRepository.init(project)) {
      Repository repository = git.git().getRepository();
      SortedMap<String, ObjectId> tree = new TreeMap<>();
      for (int commit = 0; commit < 50; commit++) {
        Instant time = FIRST.plusSeconds(3_600L * commit);
        List<String> edited = new ArrayList<>();
        for (int edit = 0; edit < (commit == 0 ? files.size() : 40); edit++) {
          edited.add(commit == 0 ? files.get(edit) : files.get((commit * 37 + edit * 53) % 2_000));
        }
        try (ObjectInserter inserter = repository.newObjectInserter()) {
          for (String file : edited) {
            byte[] content = (file + " v" + commit).getBytes(StandardCharsets.UTF_8);
            tree.put("src/bank/" + file, inserter.insert(Constants.OBJ_BLOB, content));
            expected.put(file, time);
          }
          commit(repository, inserter, tree, time);
        }
      }
      git.git().reset().setMode(ResetCommand.ResetType.HARD).call();
    }

    long start = System.nanoTime();
    FileDates dates = GitHistory.of(project.resolve("src/bank"), OUTPUT_TIMESTAMP);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "GitHistory: %d files, 50 commits, dated in %d ms%n", dates.committed().size(), millis);

    assertThat(dates.committed()).containsExactlyInAnyOrderEntriesOf(expected);
  }

  /** Commits {@code tree} (path to blob) on top of HEAD, without index or work tree. */
  private static void commit(
      Repository repository,
      ObjectInserter inserter,
      SortedMap<String, ObjectId> tree,
      Instant time)
      throws Exception {
    DirCache index = DirCache.newInCore();
    DirCacheBuilder builder = index.builder();
    for (Map.Entry<String, ObjectId> file : tree.entrySet()) {
      DirCacheEntry entry = new DirCacheEntry(file.getKey());
      entry.setFileMode(FileMode.REGULAR_FILE);
      entry.setObjectId(file.getValue());
      builder.add(entry);
    }
    builder.finish();
    CommitBuilder commit = new CommitBuilder();
    commit.setTreeId(index.writeTree(inserter));
    ObjectId head = repository.resolve(Constants.HEAD);
    if (head != null) {
      commit.setParentId(head);
    }
    PersonIdent author =
        new PersonIdent("Author", "author@example.org", time, java.time.ZoneOffset.UTC);
    commit.setAuthor(author);
    commit.setCommitter(author);
    commit.setMessage("commit at " + time);
    ObjectId id = inserter.insert(commit);
    inserter.flush();
    RefUpdate update = repository.updateRef(Constants.HEAD);
    update.setNewObjectId(id);
    update.forceUpdate();
  }
}
