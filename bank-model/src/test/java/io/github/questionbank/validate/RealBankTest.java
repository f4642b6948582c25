package io.github.questionbank.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Difficulty;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.testing.RealBankContent;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real bank of bank-content: every question its files hold, without one diagnostic; and the one
 * pin of the seed's size.
 */
class RealBankTest {

  private static final Path CONTENT = Path.of("..", "bank-content").toAbsolutePath().normalize();

  /**
   * The single test that pins the real bank's content. Every other test of the real bank takes its
   * expected counts, orders and numbers from the bank's files ({@link RealBankContent}), so adding
   * or moving a question in bank-content fails this test alone: update these numbers with the
   * content. What it guards: that those derived expectations are still read from the bank the tests
   * were written for, and not, say, from a folder that lost its questions.
   */
  @Test
  void seedBankHas82QuestionsInSixSections() {
    RealBankContent content = RealBankContent.real();

    assertThat(content.count()).as("questions of the seed bank").isEqualTo(82);
    assertThat(content.sections()).as("sections of the seed bank").hasSize(6);
  }

  @Test
  void realBankHasNoDiagnosticsAndAllQuestions() throws Exception {
    ValidationResult result =
        new Validation()
            .validate(
                new ValidationRequest(CONTENT, CONTENT.resolve("src/bank"), Optional.empty()));

    assertThat(result.diagnostics()).isEmpty();
    RealBankContent content = RealBankContent.real();
    // bank.yaml, lessons.yaml and every question file.
    assertThat(result.filesChecked()).isEqualTo(2 + content.count());
    Bank bank = result.bank().orElseThrow();
    assertThat(bank.id()).isEqualTo("api-interview-questions").isEqualTo(content.id());
    assertThat(bank.sections())
        .extracting(Section::id)
        .containsExactlyElementsOf(content.sections().stream().map(s -> s.id()).toList());
    assertThat(bank.questions().map(Question::id))
        .containsExactlyElementsOf(content.questions().stream().map(q -> q.id()).toList());
    for (Difficulty difficulty : Difficulty.values()) {
      assertThat(bank.questions().filter(q -> q.difficulty() == difficulty))
          .as("%s questions", difficulty)
          .hasSize(content.count(difficulty.name()));
    }
    assertThat(bank.lessons()).extracting(l -> l.id()).containsExactlyElementsOf(content.lessons());
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
