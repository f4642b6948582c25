package io.github.questionbank.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean ...?" suggestions. */
class SuggestionsTest {

  private static final List<String> DIFFICULTIES = List.of("LOW", "MEDIUM", "HIGH");
  private static final List<String> KEYS =
      List.of("id", "difficulty", "lessons", "tags", "question");

  @Test
  void sameWordInAnotherCaseWins() {
    assertThat(Suggestions.closest("Medium", DIFFICULTIES)).contains("MEDIUM");
    assertThat(Suggestions.closest("high", DIFFICULTIES)).contains("HIGH");
  }

  @Test
  void closeMisspellingIsSuggested() {
    assertThat(Suggestions.closest("dificulty", KEYS)).contains("difficulty");
    assertThat(Suggestions.closest("lesson", KEYS)).contains("lessons");
    assertThat(Suggestions.closest("questoin", KEYS)).contains("question");
    // A swap counts as two edits, and a five-letter word may be one edit off.
    assertThat(Suggestions.closest("titel", List.of("id", "title"))).isEmpty();
    assertThat(Suggestions.closest("MEDUIM", DIFFICULTIES)).contains("MEDIUM");
  }

  @Test
  void farWordsGetNoSuggestion() {
    assertThat(Suggestions.closest("author", KEYS)).isEmpty();
    assertThat(Suggestions.closest("x", List.of("abc"))).isEmpty();
    assertThat(Suggestions.closest("", KEYS)).isEmpty();
    assertThat(Suggestions.closest(null, KEYS)).isEmpty();
    assertThat(Suggestions.closest("tags", List.of())).isEmpty();
  }

  @Test
  void tiesGoToTheClosestThenAlphabeticalCandidate() {
    assertThat(Suggestions.closest("2", List.of("01", "02", "03"))).contains("02");
    assertThat(Suggestions.closest("04", List.of("03", "01", "02"))).contains("01");
  }

  @Test
  void didYouMeanIsAPhraseOrNothing() {
    assertThat(Suggestions.didYouMean("Medium", DIFFICULTIES))
        .isEqualTo(" (did you mean 'MEDIUM'?)");
    assertThat(Suggestions.didYouMean("EXTREME", DIFFICULTIES)).isEmpty();
  }

  @Test
  void hugeWordsAreNotComparedAtAll() {
    String huge = "b".repeat(300_000);
    List<String> catalog = List.of("a".repeat(300_000), "01");

    assertThat(
            assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> Suggestions.closest(huge, catalog)))
        .isEmpty();
    assertThat(
            assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> Suggestions.closest("b", catalog)))
        .isEmpty();
    assertThat(Suggestions.closest("x".repeat(99), List.of("x".repeat(100))))
        .contains("x".repeat(100));
  }
}
