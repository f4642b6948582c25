package io.github.questionbank.incremental;

import io.github.questionbank.io.ToolInfo;
import io.github.questionbank.load.BankNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Digests of a bank's files. {@link #ofFiles} reads every file once; {@link #of} combines that
 * digest with the toolchain build and a configuration, without reading anything again, so that
 * validation, export and the reuse of a validation within one build all work from one pass over the
 * files. Validation and export keep their fingerprint in the output directory: while it matches,
 * the files have not changed and neither loading nor writing needs to run again.
 */
public final class BankFingerprint {

  private BankFingerprint() {}

  /**
   * The paths and bytes of every file in the bank, as one hex digest.
   *
   * @throws BankNotFoundException if the bank directory does not exist
   */
  public static Fingerprint ofFiles(Path bankDirectory) throws IOException {
    Path bank = bankDirectory.toAbsolutePath().normalize();
    if (!Files.isDirectory(bank)) {
      throw new BankNotFoundException(bank);
    }
    // The bank folder may itself be a link (src/bank -> ../shared-bank): its target is the bank.
    Path root = bank.toRealPath();
    MessageDigest digest = DigestUtils.getSha256Digest();
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(root)) {
      entries = walk.filter(p -> !p.equals(root)).sorted().toList();
    }
    byte[] buffer = new byte[64 * 1024];
    // Every entry counts, not only the files' bytes: a new empty folder, a folder named like a
    // question file or a link changes what validation reports. Links are recorded, never followed:
    // a link must not make the fingerprint read a file outside the bank.
    for (Path entry : entries) {
      String path = root.relativize(entry).toString().replace('\\', '/');
      if (Files.isSymbolicLink(entry)) {
        Fingerprint.update(digest, "link");
        Fingerprint.update(digest, path);
        Fingerprint.update(digest, Files.readSymbolicLink(entry).toString());
      } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        Fingerprint.update(digest, "folder");
        Fingerprint.update(digest, path);
      } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
        Fingerprint.update(digest, "file");
        Fingerprint.update(digest, path);
        try (InputStream in = Files.newInputStream(entry, LinkOption.NOFOLLOW_LINKS)) {
          for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
          }
        }
        digest.update((byte) 0);
      } else {
        Fingerprint.update(digest, "other");
        Fingerprint.update(digest, path);
      }
    }
    return Fingerprint.of(digest);
  }

  /**
   * Where the bank is seen from: its path relative to the project, as reported paths show it (or
   * its absolute path when it lies outside the project). Reported paths, and outputs that carry
   * them, change when the bank moves even if its files do not.
   */
  public static String seenFrom(Path baseDirectory, Path bankDirectory) {
    Path base = baseDirectory.toAbsolutePath().normalize();
    Path bank = bankDirectory.toAbsolutePath().normalize();
    return (bank.startsWith(base) ? base.relativize(bank) : bank).toString().replace('\\', '/');
  }

  /**
   * The fingerprint of what a step depends on: the bank's files (from {@link #ofFiles}), the
   * toolchain build that reads them, and the step's configuration.
   */
  public static Fingerprint of(Fingerprint files, String... configuration) {
    String[] parts = new String[configuration.length + 2];
    parts[0] = ToolInfo.buildId();
    System.arraycopy(configuration, 0, parts, 1, configuration.length);
    parts[parts.length - 1] = files.hex();
    return Fingerprint.of(parts);
  }
}
