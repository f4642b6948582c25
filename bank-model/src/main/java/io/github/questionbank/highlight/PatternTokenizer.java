package io.github.questionbank.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tokenizer from an ordered list of patterns, for the languages RSyntaxTextArea has no lexer for
 * (GraphQL) or one that colours too little (YAML: neither keys nor literals). At each place the
 * first pattern that matches there wins; a character no pattern matches is plain. It scans the
 * whole block at once, so a construct may span lines (a block string), and cuts the tokens at the
 * line breaks afterwards.
 */
final class PatternTokenizer implements Tokenizer {

  /** One pattern and the kind of what it matches. */
  record Rule(Pattern pattern, TokenKind kind) {
    static Rule of(String regex, TokenKind kind) {
      return new Rule(Pattern.compile(regex, Pattern.DOTALL | Pattern.MULTILINE), kind);
    }
  }

  private final List<Rule> rules;

  PatternTokenizer(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  @Override
  public List<List<CodeToken>> tokenize(List<String> lines) {
    String code = String.join("\n", lines);
    List<List<CodeToken>> result = new ArrayList<>(lines.size());
    List<CodeToken> line = new ArrayList<>();
    // Transparent, non-anchoring bounds: a rule sees the text before the place it is tried at, so
    // ^ means the start of a line (not of the rest of the block) and look-behind works.
    List<Matcher> matchers =
        rules.stream()
            .map(
                rule ->
                    rule.pattern()
                        .matcher(code)
                        .useTransparentBounds(true)
                        .useAnchoringBounds(false))
            .toList();
    int at = 0;
    while (at < code.length()) {
      int end = at + 1;
      TokenKind kind = TokenKind.PLAIN;
      for (int i = 0; i < rules.size(); i++) {
        Matcher matcher = matchers.get(i).region(at, code.length());
        if (matcher.lookingAt() && matcher.end() > at) {
          end = matcher.end();
          kind = rules.get(i).kind();
          break;
        }
      }
      line = addCutAtLineBreaks(result, line, kind, code.substring(at, end));
      at = end;
    }
    result.add(line);
    return result;
  }

  /** Adds a token's text to the current line, starting a new line at every line break in it. */
  private static List<CodeToken> addCutAtLineBreaks(
      List<List<CodeToken>> result, List<CodeToken> line, TokenKind kind, String text) {
    List<CodeToken> current = line;
    int start = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      Tokens.append(current, kind, text.substring(start, nl));
      result.add(current);
      current = new ArrayList<>();
      start = nl + 1;
    }
    Tokens.append(current, kind, text.substring(start));
    return current;
  }
}
