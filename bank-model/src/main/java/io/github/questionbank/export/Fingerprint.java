package io.github.questionbank.export;

import io.github.questionbank.report.ToolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of everything an export depends on: every file of the bank, the export's configuration
 * and the toolchain's version. When it matches the one stored after the last export and the outputs
 * are still there, nothing needs to be written again.
 */
final class Fingerprint {

  static final String FILE = ".bank-export.fingerprint";

  private Fingerprint() {}

  static String of(ExportRequest request, String configuration) throws IOException {
    MessageDigest digest = PackDigest.sha256();
    update(digest, ToolInfo.buildId());
    update(digest, configuration);
    Path bank = request.bankDirectory().toAbsolutePath().normalize();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(bank)) {
      // Links are not followed: validation refuses the ones that leave the bank, and a link
      // must never make the fingerprint read a file outside it.
      files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    }
    byte[] buffer = new byte[64 * 1024];
    for (Path file : files) {
      update(digest, bank.relativize(file).toString().replace('\\', '/'));
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          digest.update(buffer, 0, read);
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
