package io.github.questionbank.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;
import java.util.Set;

/**
 * Finds formulas in a paragraph before Markdown reads them, by pandoc's rules: {@code $$...$$} and
 * {@code \[...\]} are displayed, {@code $...$} and {@code \(...\)} inline. An inline {@code $}
 * opens only before a non-space and closes only after a non-space and before anything but a digit,
 * so that "$5 and $10" stays money. A backslash escapes the character after it, inside a formula as
 * outside. Code spans and code blocks never get here: flexmark reads them first.
 *
 * <p>Each closing delimiter is looked up in a list made once per paragraph, so a paragraph full of
 * unclosed dollars is read in linear time, not once per dollar. A code span is opaque to that list:
 * "costs $5, see `$x$`" is money and code, not a formula that ends inside the code.
 */
final class MathParser implements InlineParserExtension {

  private BasedSequence scanned;
  private Closers closers;

  private MathParser() {}

  @Override
  public boolean parse(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int at = parser.getIndex();
    char first = input.charAt(at);
    char second = at + 1 < input.length() ? input.charAt(at + 1) : '\0';
    int[] candidates;
    int contentStart;
    int closingLength = 2;
    if (first == '\\') {
      if (second != '(' && second != '[') {
        return false; // any other escape is Markdown's
      }
      candidates = closers(input).of(second == '(' ? ')' : ']');
      contentStart = at + 2;
    } else if (second == '$') {
      candidates = closers(input).displayDollars;
      contentStart = at + 2;
    } else {
      if (second == '\0' || Character.isWhitespace(second)) {
        return false;
      }
      candidates = closers(input).inlineDollars;
      contentStart = at + 1;
      closingLength = 1;
    }
    int closing = firstAfter(candidates, contentStart);
    if (closing < 0 || input.subSequence(contentStart, closing).isBlank()) {
      return false;
    }
    parser.flushTextNode();
    parser
        .getBlock()
        .appendChild(
            new MathNode(
                input.subSequence(at, contentStart),
                input.subSequence(contentStart, closing),
                input.subSequence(closing, closing + closingLength)));
    parser.setIndex(closing + closingLength);
    return true;
  }

  private Closers closers(BasedSequence input) {
    if (input != scanned) {
      scanned = input;
      closers = Closers.of(input);
    }
    return closers;
  }

  /** The first candidate at or after {@code from}, or -1. */
  private static int firstAfter(int[] candidates, int from) {
    int found = Arrays.binarySearch(candidates, from);
    int index = found >= 0 ? found : -found - 1;
    return index < candidates.length ? candidates[index] : -1;
  }

  /** Where each kind of formula may end in one paragraph: ascending offsets. */
  private record Closers(
      int[] inlineDollars, int[] displayDollars, int[] parenthesis, int[] bracket) {

    int[] of(char close) {
      return close == ')' ? parenthesis : bracket;
    }

    static Closers of(BasedSequence input) {
      IntList inline = new IntList();
      IntList display = new IntList();
      IntList parenthesis = new IntList();
      IntList bracket = new IntList();
      int length = input.length();
      for (int i = 0; i < length; i++) {
        char c = input.charAt(i);
        if (c == '`') {
          i = endOfCodeSpan(input, i) - 1; // a formula never ends inside a code span
        } else if (c == '\\' && i + 1 < length) {
          char next = input.charAt(i + 1);
          if (next == ')') {
            parenthesis.add(i);
          } else if (next == ']') {
            bracket.add(i);
          }
          i++; // the escaped character closes nothing
        } else if (c == '$') {
          char next = i + 1 < length ? input.charAt(i + 1) : '\0';
          if (next == '$') {
            display.add(i);
          }
          if (i > 0 && !Character.isWhitespace(input.charAt(i - 1)) && !isDigit(next)) {
            inline.add(i);
          }
        }
      }
      return new Closers(
          inline.toArray(), display.toArray(), parenthesis.toArray(), bracket.toArray());
    }

    /**
     * Where the code span opened by the backticks at {@code start} ends (after its closing run of
     * as many backticks), or the end of that opening run if none closes it (CommonMark 6.1).
     */
    private static int endOfCodeSpan(BasedSequence input, int start) {
      int run = runOfBackticks(input, start);
      for (int i = start + run; i < input.length(); ) {
        if (input.charAt(i) == '`') {
          int closing = runOfBackticks(input, i);
          if (closing == run) {
            return i + closing;
          }
          i += closing;
        } else {
          i++;
        }
      }
      return start + run;
    }

    private static int runOfBackticks(BasedSequence input, int start) {
      int end = start;
      while (end < input.length() && input.charAt(end) == '`') {
        end++;
      }
      return end - start;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }

  /** A growing list of offsets without boxing. */
  private static final class IntList {
    private int[] values = new int[8];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  @Override
  public void finalizeDocument(InlineParser parser) {}

  @Override
  public void finalizeBlock(InlineParser parser) {}

  /** Registers the parser for the characters a formula starts with. */
  static final class Factory implements InlineParserExtensionFactory {

    @Override
    public CharSequence getCharacters() {
      return "$\\";
    }

    @Override
    public InlineParserExtension apply(LightInlineParser parser) {
      return new MathParser();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }
}
