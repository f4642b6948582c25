package io.github.questionbank.validate;

import io.github.questionbank.incremental.BankFingerprint;

/**
 * A validation's result, with the digest of the bank's files taken just before it read them ({@link
 * BankFingerprint#ofFiles}): a later step of the same build (the export after bank:validate) can
 * reuse the checked bank instead of reading and checking every file again, as long as the files are
 * still the ones checked.
 *
 * @param files the digest of the bank's files before validation read them
 * @param result what validation found
 */
public record CheckedBank(String files, ValidationResult result) {

  /**
   * Whether the result still holds: it found a bank, and the files are unchanged since.
   *
   * @param filesNow the digest of the bank's files now ({@link BankFingerprint#ofFiles})
   */
  public boolean stillHolds(String filesNow) {
    return result.bank().isPresent() && files.equals(filesNow);
  }
}
