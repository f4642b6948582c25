package io.github.questionbank.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.questionbank.testing.FuzzBank;
import java.io.IOException;

/**
 * Fuzzes {@code lessons.yaml}: its bytes are read, parsed as YAML, checked against the schema and
 * by every rule, in the minimal bank of {@link io.github.questionbank.testing.BankFixture}
 * (sections basics and advanced, lessons 01 and 02, three questions).
 *
 * <p>A finding is an exception, a diagnostic without a place in a bank file or a rule, an {@code
 * internal-error} diagnostic, or a hang. Without {@code JAZZER_FUZZ} this replays {@code
 * LessonsFileFuzzTestInputs/lessonsFile/}; {@code bank-model/fuzz.sh LessonsFileFuzzTest 20m}
 * fuzzes it.
 */
class LessonsFileFuzzTest {

  private static final FuzzBank BANK = FuzzBank.minimal();

  @FuzzTest
  void lessonsFile(byte[] bytes) throws IOException {
    BANK.write(BankLoader.LESSONS_FILE, bytes);
    BANK.validate();
  }
}
