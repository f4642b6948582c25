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
   * A letter first. The GUID was the first column of the CSV, where a row starting with {@code #}
   * would be skipped as a comment; it no longer is, but a GUID never changes, so the prefix stays.
   */
  private static final String PREFIX = "qb";

  private AnkiGuid() {}

  static String of(String bankId, String questionId) {
    byte[] digest = DigestUtils.sha256(bankId + "/" + questionId);
    return PREFIX + HexFormat.of().formatHex(digest, 0, BYTES);
  }
}
