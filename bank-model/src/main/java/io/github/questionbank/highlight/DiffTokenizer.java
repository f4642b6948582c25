package io.github.questionbank.highlight;

import java.util.List;

/**
 * Unified diffs, a line at a time: what a line starts with says what it is. RSyntaxTextArea has no
 * lexer for them, and the format needs none.
 */
final class DiffTokenizer implements Tokenizer {

  @Override
  public List<List<CodeToken>> tokenize(List<String> lines) {
    return lines.stream().map(DiffTokenizer::line).toList();
  }

  private static List<CodeToken> line(String line) {
    if (line.isEmpty()) {
      return List.of();
    }
    TokenKind kind;
    if (line.startsWith("+++")
        || line.startsWith("---")
        || line.startsWith("@@")
        || line.startsWith("diff ")
        || line.startsWith("index ")) {
      kind = TokenKind.META;
    } else if (line.startsWith("+") || line.startsWith(">")) {
      kind = TokenKind.INSERTED;
    } else if (line.startsWith("-") || line.startsWith("<")) {
      kind = TokenKind.DELETED;
    } else {
      kind = TokenKind.PLAIN;
    }
    return List.of(new CodeToken(kind, line));
  }
}
