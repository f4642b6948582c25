package io.github.questionbank.markdown;

import io.github.questionbank.model.Question;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Parses each question once, on first use, and hands the same trees to every exporter. */
public final class ParsedQuestions {

  private final Map<String, ParsedQuestion> byFile = new ConcurrentHashMap<>();

  public ParsedQuestion get(Question question) {
    return byFile.computeIfAbsent(question.file(), file -> ParsedQuestion.of(question));
  }
}
