package io.github.questionbank.model;

import java.util.List;

/**
 * A section of the bank, declared in {@code bank.yaml}; its questions come from the folder of the
 * same name, in file-name order.
 */
public record Section(String id, String title, Position position, List<Question> questions) {

  public Section {
    questions = List.copyOf(questions);
  }
}
