package io.github.questionbank.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Difficulty;
import io.github.questionbank.model.Question;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real bank of bank-content: 82 questions in six sections, without one diagnostic. */
class RealBankTest {

  private static final Path CONTENT = Path.of("..", "bank-content").toAbsolutePath().normalize();

  @Test
  void realBankHasNoDiagnosticsAndAllQuestions() throws Exception {
    ValidationResult result =
        new Validation()
            .validate(
                new ValidationRequest(CONTENT, CONTENT.resolve("src/bank"), Optional.empty()));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.filesChecked()).isEqualTo(84);
    Bank bank = result.bank().orElseThrow();
    assertThat(bank.id()).isEqualTo("api-interview-questions");
    assertThat(bank.sections()).hasSize(6);
    assertThat(bank.questions()).hasSize(82);
    assertThat(bank.lessons())
        .extracting(l -> l.id())
        .containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10");
    assertThat(bank.questions().filter(q -> q.difficulty() == Difficulty.LOW)).isNotEmpty();
    assertThat(bank.questions().map(Question::answer)).allMatch(a -> !a.isBlank());
  }

  @Test
  void onlyAValidationForAnExportKeepsTheParsedAnswers() throws Exception {
    Path bank = CONTENT.resolve("src/bank");
    ValidationResult alone =
        new Validation().validate(new ValidationRequest(CONTENT, bank, Optional.empty()));
    ValidationResult forExport =
        new Validation().validate(new ValidationRequest(CONTENT, bank, Optional.empty(), true));

    Question first = alone.bank().orElseThrow().questions().findFirst().orElseThrow();
    assertThat(alone.parsed().find(first)).as("trees a validation alone keeps").isEmpty();
    assertThat(forExport.bank().orElseThrow().questions())
        .allMatch(question -> forExport.parsed().find(question).isPresent());
    // Asked for anyway, a tree is parsed then.
    assertThat(alone.parsed().get(first).answer()).isNotNull();
  }
}
