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

  /**
   * Every rule as one alternation, a named group each, in order: the regex engine then finds the
   * next place where any rule matches, and at a place the first alternative that matches wins,
   * exactly as trying the rules one by one would, in one pass instead of one per rule and place.
   */
  private final Pattern any;

  PatternTokenizer(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    StringBuilder alternation = new StringBuilder();
    for (int i = 0; i < rules.size(); i++) {
      alternation.append(i == 0 ? "" : "|").append("(?<r").append(i).append('>');
      alternation.append(rules.get(i).pattern().pattern()).append(')');
    }
    this.any = Pattern.compile(alternation.toString(), Pattern.DOTALL | Pattern.MULTILINE);
  }

  @Override
  public List<List<CodeToken>> tokenize(List<String> lines) {
    String code = String.join("\n", lines);
    List<List<CodeToken>> result = new ArrayList<>(lines.size());
    List<CodeToken> line = new ArrayList<>();
    Matcher matcher = any.matcher(code);
    int at = 0;
    while (at < code.length()) {
      if (!matcher.find(at)) {
        line = addCutAtLineBreaks(result, line, TokenKind.PLAIN, code.substring(at));
        break;
      }
      if (matcher.start() > at) {
        // What no rule matched, up to where one does: plain.
        line =
            addCutAtLineBreaks(result, line, TokenKind.PLAIN, code.substring(at, matcher.start()));
      }
      if (matcher.end() == matcher.start()) {
        // An empty match says nothing: the character there is plain.
        line =
            addCutAtLineBreaks(
                result,
                line,
                TokenKind.PLAIN,
                code.substring(matcher.start(), matcher.start() + 1));
        at = matcher.start() + 1;
        continue;
      }
      line = addCutAtLineBreaks(result, line, kindOf(matcher), matcher.group());
      at = matcher.end();
    }
    result.add(line);
    return result;
  }

  private TokenKind kindOf(Matcher matcher) {
    for (int i = 0; i < rules.size(); i++) {
      if (matcher.start("r" + i) >= 0) {
        return rules.get(i).kind();
      }
    }
    return TokenKind.PLAIN;
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
