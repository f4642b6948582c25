package io.github.questionbank.incremental;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * A digest that stands for a set of inputs: the same inputs give the same fingerprint, and a change
 * to any of them gives another. SHA-256, written as 64 hex digits. A type of its own, so that a
 * fingerprint is never mistaken for a path, an id or any other string.
 */
public record Fingerprint(String hex) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public Fingerprint {
    if (hex == null || !HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("not a SHA-256 fingerprint: " + hex);
    }
  }

  /** The fingerprint of these parts, in this order (each part is delimited, so none can blur). */
  public static Fingerprint of(String... parts) {
    MessageDigest digest = DigestUtils.getSha256Digest();
    for (String part : parts) {
      update(digest, part);
    }
    return of(digest);
  }

  /** The fingerprint a digest has computed. */
  static Fingerprint of(MessageDigest digest) {
    return new Fingerprint(HexFormat.of().formatHex(digest.digest()));
  }

  /** A fingerprint read back from a record, if it is one. */
  public static Optional<Fingerprint> parse(String text) {
    return text != null && HEX.matcher(text).matches()
        ? Optional.of(new Fingerprint(text))
        : Optional.empty();
  }

  /** This fingerprint combined with more inputs. */
  public Fingerprint with(String... parts) {
    String[] all = new String[parts.length + 1];
    all[0] = hex;
    System.arraycopy(parts, 0, all, 1, parts.length);
    return of(all);
  }

  static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  @Override
  public String toString() {
    return hex;
  }
}
