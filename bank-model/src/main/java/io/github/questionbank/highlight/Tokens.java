package io.github.questionbank.highlight;

import java.util.List;

/** Building token lists: neighbours of one kind become one token, empty texts none. */
final class Tokens {

  private Tokens() {}

  static void append(List<CodeToken> tokens, TokenKind kind, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = tokens.size() - 1;
    if (last >= 0 && tokens.get(last).kind() == kind) {
      tokens.set(last, new CodeToken(kind, tokens.get(last).text() + text));
    } else {
      tokens.add(new CodeToken(kind, text));
    }
  }

  /** A line as one plain token (none for an empty line). */
  static List<CodeToken> plain(String line) {
    return line.isEmpty() ? List.of() : List.of(new CodeToken(TokenKind.PLAIN, line));
  }
}
