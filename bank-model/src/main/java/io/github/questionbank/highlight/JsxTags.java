package io.github.questionbank.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Colours JSX's tags in JavaScript and TypeScript: RSyntaxTextArea's lexers read {@code <div
 * className="x">} as a less-than, an identifier and so on. A {@code <} starts a tag where an
 * expression may start (at the start of a line, after {@code ( , = : ? { return =>} and the like),
 * never after a value, so {@code a < b} stays a comparison. Inside the tag, the name is a tag and
 * every name before an {@code =} an attribute, up to the closing {@code >}, on the same line.
 */
final class JsxTags {

  /** What may stand before an expression, so before a JSX element. */
  private static final Set<String> EXPRESSION_STARTS =
      Set.of("(", ",", "=", ":", "?", "{", "[", "=>", "&&", "||", "??", "return", ">", "}");

  private JsxTags() {}

  /** The line's tokens, one per lexer token (not yet merged), with JSX tags and attributes. */
  static List<CodeToken> mark(List<CodeToken> tokens) {
    List<CodeToken> out = new ArrayList<>(tokens);
    boolean inTag = false;
    String previous = "";
    for (int i = 0; i < out.size(); i++) {
      CodeToken token = out.get(i);
      String text = token.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (!inTag && (text.equals("<") || text.equals("</")) && startsExpression(previous)) {
        int name = next(out, i);
        if (name < out.size() && "/".equals(out.get(name).text())) {
          name = next(out, name);
        }
        if (name < out.size() && isName(out.get(name))) {
          out.set(name, new CodeToken(TokenKind.TAG, out.get(name).text()));
          inTag = true;
          i = name;
          previous = "tag";
          continue;
        }
      } else if (inTag && text.endsWith(">")) {
        inTag = false;
      } else if (inTag && isName(token) && next(out, i) < out.size()) {
        if ("=".equals(out.get(next(out, i)).text())) {
          out.set(i, new CodeToken(TokenKind.ATTRIBUTE, token.text()));
        }
      }
      previous = text;
    }
    return out;
  }

  private static boolean startsExpression(String previous) {
    return previous.isEmpty() || EXPRESSION_STARTS.contains(previous);
  }

  private static int next(List<CodeToken> tokens, int i) {
    int j = i + 1;
    while (j < tokens.size() && tokens.get(j).text().isBlank()) {
      j++;
    }
    return j;
  }

  private static boolean isName(CodeToken token) {
    String text = token.text();
    return token.kind() == TokenKind.PLAIN
        && !text.isEmpty()
        && Character.isJavaIdentifierStart(text.charAt(0))
        && text.chars().allMatch(c -> Character.isJavaIdentifierPart(c) || c == '.' || c == '-');
  }
}
