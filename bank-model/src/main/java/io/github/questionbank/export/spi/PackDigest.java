package io.github.questionbank.export.spi;

import io.github.questionbank.model.Question;
import io.github.questionbank.select.Pack;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * A digest of everything a pack's output depends on: where a format needs an identifier that must
 * not change between identical builds (a PDF's file id), it derives it from this.
 */
public final class PackDigest {

  private PackDigest() {}

  /**
   * The first 16 bytes of a SHA-256 over the pack's content and the export's settings.
   *
   * @param formatSettings settings only this format depends on (the practice PDF's writing space)
   */
  public static byte[] of(
      Pack pack, String format, ExportContext context, String... formatSettings) {
    MessageDigest digest = DigestUtils.getSha256Digest();
    update(
        digest,
        format,
        pack.id(),
        pack.title(),
        pack.bank().id(),
        context.timestamp().toString(),
        context.pageSize().name());
    update(digest, formatSettings);
    pack.questions().forEach(q -> update(digest, describe(q)));
    return Arrays.copyOf(digest.digest(), 16);
  }

  private static String describe(Question q) {
    return String.join(
        "\u0000",
        q.file(),
        q.id(),
        String.valueOf(q.difficulty()),
        String.join(",", q.lessons()),
        String.join(",", q.tags()),
        q.question(),
        q.answer());
  }

  private static void update(MessageDigest digest, String... parts) {
    for (String part : parts) {
      digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
  }
}
