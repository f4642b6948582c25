package io.github.questionbank.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.testing.BankFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as a change of the bank: anything validation would report differently. */
class BankFingerprintTest {

  @TempDir Path project;

  @Test
  void anEmptyFolderAStrayFolderOrALinkChangesTheFingerprint() throws Exception {
    Path bank = BankFixture.minimal(project).write();
    Fingerprint before = BankFingerprint.ofFiles(bank);

    Files.createDirectories(bank.resolve("questions/drafts"));
    Fingerprint withFolder = BankFingerprint.ofFiles(bank);
    Files.createDirectories(bank.resolve("questions/basics/030-x.md"));
    Fingerprint withStray = BankFingerprint.ofFiles(bank);
    Files.createSymbolicLink(bank.resolve("questions/basics/040-copy.md"), Path.of("010-what.md"));
    Fingerprint withLink = BankFingerprint.ofFiles(bank);

    assertThat(before).isNotEqualTo(withFolder);
    assertThat(withFolder).isNotEqualTo(withStray);
    assertThat(withStray).isNotEqualTo(withLink);
  }

  @Test
  void aBankFolderThatIsALinkIsFingerprintedThroughIt() throws Exception {
    Path bank = BankFixture.minimal(project).write();
    Path link = Files.createSymbolicLink(project.resolve("linked-bank"), bank);
    Fingerprint through = BankFingerprint.ofFiles(link);
    assertThat(through).isEqualTo(BankFingerprint.ofFiles(bank));

    Files.writeString(bank.resolve("questions/basics/010-what.md"), "changed");

    assertThat(BankFingerprint.ofFiles(link)).isNotEqualTo(through);
  }

  @Test
  void theSameFilesGiveTheSameFingerprint() throws Exception {
    Path bank = BankFixture.minimal(project).write();

    assertThat(BankFingerprint.ofFiles(bank)).isEqualTo(BankFingerprint.ofFiles(bank));
  }

  @Test
  void whereTheBankIsSeenFrom() {
    Path base = Path.of("/work/author/project");

    assertThat(BankFingerprint.seenFrom(base, base.resolve("src/bank"))).isEqualTo("src/bank");
    assertThat(BankFingerprint.seenFrom(base, Path.of("/elsewhere/bank")))
        .isEqualTo("/elsewhere/bank");
  }
}
