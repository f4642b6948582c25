package io.github.questionbank.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.questionbank.markdown.HtmlRendering;
import io.github.questionbank.markdown.ParsedQuestion;
import io.github.questionbank.markdown.PlainText;
import io.github.questionbank.model.Question;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.FuzzBank;
import io.github.questionbank.testing.RealBank;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * Fuzzes one question file: its bytes are read, split into front matter and answer, parsed as YAML,
 * checked against the schema and by every rule, and, when the bank is valid, its question and
 * answer are rendered to sanitized HTML and plain text as the exporters render them. The file sits
 * in the real bank's first section beside one real question, under the real bank.yaml and
 * lessons.yaml, so the real question files (the seed corpus) are valid.
 *
 * <p>A finding is an exception, a diagnostic without a place in a bank file or a rule, an {@code
 * internal-error} diagnostic, rendered HTML that carries an active tag, or a hang. Without {@code
 * JAZZER_FUZZ} this replays {@code QuestionFileFuzzTestInputs/questionFile/}; {@code
 * bank-model/fuzz.sh QuestionFileFuzzTest 20m} fuzzes it.
 */
class QuestionFileFuzzTest {

  static final String FUZZED = "questions/fundamentals/010-fuzzed.md";
  private static final String SIBLING = "questions/fundamentals/020-idempotency.md";
  private static final List<String> ACTIVE_TAGS =
      List.of("<script", "<iframe", "<object", "<embed", "<style", "<form", "<svg");

  private static final FuzzBank BANK =
      FuzzBank.of(
          project ->
              BankFixture.empty(project)
                  .with(BankLoader.BANK_FILE, real(BankLoader.BANK_FILE))
                  .with(BankLoader.LESSONS_FILE, real(BankLoader.LESSONS_FILE))
                  .with(SIBLING, real(SIBLING))
                  .with("questions/fundamentals/img/flow.png", FuzzBank.tinyPng()));

  @FuzzTest
  void questionFile(byte[] bytes) throws IOException {
    BANK.write(FUZZED, bytes);
    ValidationResult result = BANK.validate();
    if (result.bank().isEmpty()) {
      return; // exporters never see a bank with errors
    }
    for (Question question : result.bank().get().questions().toList()) {
      ParsedQuestion parsed = result.parsed().get(question);
      checkSanitized(HtmlRendering.html(parsed.answer()));
      checkSanitized(HtmlRendering.inlineHtml(parsed.questionText()));
      checkSanitized(HtmlRendering.html(parsed.answer(), source -> "media/" + source));
      PlainText.of(parsed.answer());
      PlainText.of(parsed.questionText());
    }
  }

  private static void checkSanitized(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    for (String tag : ACTIVE_TAGS) {
      if (lower.contains(tag)) {
        throw new AssertionError("sanitized HTML holds " + tag + ">: " + html);
      }
    }
  }

  private static byte[] real(String relativePath) {
    try {
      return Files.readAllBytes(RealBank.DIRECTORY.resolve(relativePath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
