package io.github.questionbank.export.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.questionbank.model.Difficulty;
import io.github.questionbank.model.Position;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.SourceMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionRenderingTest {

  private static final String FILE = "src/bank/questions/a/010-x.md";
  private static final Question QUESTION =
      new Question(
          "x",
          Difficulty.LOW,
          List.of("01"),
          List.of(),
          "X?",
          "X.",
          "a",
          FILE,
          7,
          SourceMap.builder(Position.startOf(FILE)).build(),
          false);

  @Test
  void aFailureCarriesTheQuestionsFileAndItsCause() {
    IllegalStateException bug = new IllegalStateException("boom");

    assertThatThrownBy(
            () ->
                QuestionRendering.of(
                    QUESTION,
                    () -> {
                      throw bug;
                    }))
        .isInstanceOfSatisfying(
            QuestionRendering.Failure.class, failure -> assertThat(failure.file()).isEqualTo(FILE))
        .hasCause(bug);
  }

  @Test
  void deepInputThatOverflowsTheStackIsTheQuestionsToo() {
    assertThatThrownBy(
            () ->
                QuestionRendering.run(
                    QUESTION,
                    () -> {
                      throw new StackOverflowError();
                    }))
        .isInstanceOf(QuestionRendering.Failure.class)
        .hasCauseInstanceOf(StackOverflowError.class);
  }

  @Test
  void theDiskIsNotTheQuestionsFault() {
    UncheckedIOException disk = new UncheckedIOException(new IOException("full"));

    assertThatThrownBy(
            () ->
                QuestionRendering.run(
                    QUESTION,
                    () -> {
                      throw disk;
                    }))
        .isSameAs(disk);
  }

  @Test
  void aResultPassesThrough() {
    assertThat(QuestionRendering.of(QUESTION, () -> "html")).isEqualTo("html");
  }
}
