package io.github.questionbank.highlight;

import java.util.List;

/** Cuts the code of one language into tokens. Implementations are stateless and thread-safe. */
interface Tokenizer {

  /**
   * The tokens of every line; the texts of a line's tokens joined give back the line exactly.
   *
   * @param lines the code's lines, without their line breaks
   */
  List<List<CodeToken>> tokenize(List<String> lines);
}
