package io.github.questionbank.highlight;

import java.util.Arrays;
import java.util.List;

/**
 * Syntax highlighting of a fenced code block. A block whose info string names a known language is
 * cut into coloured tokens; any other block (no language, or one nobody knows) comes back as plain
 * text, without a finding: an author who writes {@code ```text} or {@code ```mermaid} means it.
 */
public final class Highlighter {

  private Highlighter() {}

  /**
   * The code's tokens, line by line.
   *
   * @param info the fenced block's info string, as written after the fence ({@code java}, {@code ts
   *     title="x.ts"}); empty for none
   * @param code the block's content; a final line break, as every fenced block has, makes no empty
   *     last line
   */
  public static HighlightedCode highlight(String info, String code) {
    List<String> lines = lines(code);
    List<List<CodeToken>> tokens =
        Languages.forInfo(info)
            .map(tokenizer -> tokenizeOrPlain(tokenizer, lines))
            .orElseGet(() -> plain(lines));
    return new HighlightedCode(tokens);
  }

  /** Whether a fenced block's info string names a language whose code is coloured. */
  public static boolean knows(String info) {
    return Languages.forInfo(info).isPresent();
  }

  private static List<String> lines(String code) {
    String text = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
    return Arrays.asList(text.split("\n", -1));
  }

  /**
   * A lexer that fails on some input (JFlex scanners signal input they cannot match with an {@code
   * Error}) costs the colours of that block, never the block: the code still prints, plain.
   */
  private static List<List<CodeToken>> tokenizeOrPlain(Tokenizer tokenizer, List<String> lines) {
    try {
      List<List<CodeToken>> tokens = tokenizer.tokenize(lines);
      return tokens.size() == lines.size() ? tokens : plain(lines);
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
        throw e; // out of memory is the machine's problem, not the block's
      }
      return plain(lines);
    }
  }

  private static List<List<CodeToken>> plain(List<String> lines) {
    return lines.stream().map(Tokens::plain).toList();
  }
}
