package io.github.questionbank.export.anki;

import java.util.HexFormat;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The GUID Anki matches notes by on re-import. It depends on the bank id and the question id only:
 * editing a question's text, answer or difficulty, or renaming its file, updates the same note (and
 * keeps its review history), and a question has the same note in every pack.
 */
final class AnkiGuid {

  /** 128 bits of SHA-256: collisions are out of the question for any bank or collection. */
  private static final int BYTES = 16;

  /**
   * A letter first: Anki skips a data row that starts with {@code #} as a comment, and hex digits
   * alone could not promise that the row never does.
   */
  private static final String PREFIX = "qb";

  private AnkiGuid() {}

  static String of(String bankId, String questionId) {
    byte[] digest = DigestUtils.sha256(bankId + "/" + questionId);
    return PREFIX + HexFormat.of().formatHex(digest, 0, BYTES);
  }
}
