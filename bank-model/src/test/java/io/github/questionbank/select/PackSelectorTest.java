package io.github.questionbank.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Difficulty;
import io.github.questionbank.model.Lesson;
import io.github.questionbank.model.Position;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.model.SourceMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** No pack selects a draft. */
class PackSelectorTest {

  private static final List<String> FORMATS = List.of("pdf");

  private static Question question(String id, Difficulty difficulty, boolean draft) {
    String file = "src/bank/questions/basics/" + id + ".md";
    return new Question(
        id,
        difficulty,
        List.of("01"),
        List.of("http"),
        "Q " + id + "?",
        draft ? "TODO" : "A.",
        "basics",
        file,
        7,
        SourceMap.builder(Position.startOf(file)).build(),
        draft);
  }

  private static Bank bank(Question... questions) {
    return new Bank(
        "mini-bank",
        "Mini Bank",
        null,
        null,
        null,
        List.of(),
        List.of(new Section("basics", "Basics", Position.startOf("bank.yaml"), List.of(questions))),
        List.of(new Lesson("01", "First", Position.startOf("lessons.yaml"))));
  }

  private static PackSpec hard() {
    return new PackSpec(
        "hard", Optional.empty(), List.of(), List.of("HIGH"), List.of(), List.of(), List.of());
  }

  @Test
  void theWholeBankLeavesTheDraftsOut() throws Exception {
    Bank bank =
        bank(
            question("one", Difficulty.LOW, false),
            question("two", Difficulty.MEDIUM, true),
            question("three", Difficulty.HIGH, false));

    Pack pack = new PackSelector(bank).select(PackSpec.wholeBank("mini-bank"), FORMATS, FORMATS);

    assertThat(pack.questions().map(Question::id)).containsExactly("one", "three");
    assertThat(pack.questionCount()).isEqualTo(2);
  }

  @Test
  void aPackWhoseOnlyMatchIsADraftSelectsNothing() {
    Bank bank =
        bank(question("one", Difficulty.LOW, false), question("two", Difficulty.HIGH, true));

    assertThatThrownBy(() -> new PackSelector(bank).select(hard(), FORMATS, FORMATS))
        .isInstanceOfSatisfying(
            PackConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(PackProblem::kind)
                    .containsExactly(PackProblem.Kind.SELECTS_NOTHING));
  }

  @Test
  void aBankOfDraftsOnlyHasNothingToExportAndSaysWhy() {
    Bank bank = bank(question("one", Difficulty.LOW, true), question("two", Difficulty.HIGH, true));

    assertThatThrownBy(
            () -> new PackSelector(bank).select(PackSpec.wholeBank("mini-bank"), FORMATS, FORMATS))
        .isInstanceOfSatisfying(
            PackConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        problem -> {
                          assertThat(problem.kind()).isEqualTo(PackProblem.Kind.ONLY_DRAFTS);
                          assertThat(problem.describe())
                              .isEqualTo(
                                  "all 2 questions of the bank are drafts: take draft: true out"
                                      + " of the questions ready to publish");
                        }));
  }

  @Test
  void aBankOfOneDraftSaysSoInTheSingular() {
    Bank bank = bank(question("one", Difficulty.LOW, true));

    assertThatThrownBy(() -> new PackSelector(bank).select(hard(), FORMATS, FORMATS))
        .isInstanceOfSatisfying(
            PackConfigurationException.class,
            e ->
                assertThat(e.problems().get(0).describe())
                    .startsWith("the bank's only question is a draft: "));
  }
}
