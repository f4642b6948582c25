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
    MessageDigest digest = DigestUtils.getSha256Digest();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(bank)) {
      // Links are not followed: validation refuses the ones that leave the bank, and a link
      // must never make the fingerprint read a file outside it.
      files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    }
    byte[] buffer = new byte[64 * 1024];
    for (Path file : files) {
      Fingerprint.update(digest, bank.relativize(file).toString().replace('\\', '/'));
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          digest.update(buffer, 0, read);
        }
      }
      digest.update((byte) 0);
    }
    return Fingerprint.of(digest);
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
