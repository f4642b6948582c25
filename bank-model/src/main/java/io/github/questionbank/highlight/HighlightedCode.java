package io.github.questionbank.highlight;

import java.util.List;

/**
 * A code block cut into tokens, line by line. Joining every token's text with a line break between
 * lines gives back the code exactly as it was passed in: highlighting never drops or changes a
 * character.
 */
public record HighlightedCode(List<List<CodeToken>> lines) {

  public HighlightedCode {
    lines = lines.stream().map(List::copyOf).toList();
  }

  /** Whether any token has a colour: false for a language nobody knows, or code without words. */
  public boolean coloured() {
    return lines.stream().flatMap(List::stream).anyMatch(t -> t.kind() != TokenKind.PLAIN);
  }

  /** The code as it was passed in. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        text.append('\n');
      }
      lines.get(i).forEach(token -> text.append(token.text()));
    }
    return text.toString();
  }
}
