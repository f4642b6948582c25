package io.github.questionbank.model;

/**
 * How senior a candidate must be to answer a question unprompted; a section runs from LOW to HIGH.
 */
public enum Difficulty {
  LOW,
  MEDIUM,
  HIGH
}
