package io.github.questionbank.validate;

import io.github.questionbank.load.BankFingerprint;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A validation's result, with a fingerprint of the bank's files taken just before it read them: a
 * later step of the same build (the export after bank:validate) can reuse the checked bank instead
 * of reading and checking every file again, as long as the files are still the ones checked.
 *
 * @param filesFingerprint the bank's files before validation read them
 * @param result what validation found
 */
public record CheckedBank(String filesFingerprint, ValidationResult result) {

  /** What the fingerprint of the files is taken with: this purpose, nothing else. */
  private static final String PURPOSE = "checked-bank";

  /** Takes the fingerprint of a bank's files, to pair with a validation that starts now. */
  public static String fingerprint(Path bankDirectory) throws IOException {
    return BankFingerprint.of(bankDirectory, PURPOSE);
  }

  /** Whether the result still holds: it found a bank, and its files have not changed since. */
  public boolean stillHolds(Path bankDirectory) throws IOException {
    return result.bank().isPresent() && filesFingerprint.equals(fingerprint(bankDirectory));
  }
}
