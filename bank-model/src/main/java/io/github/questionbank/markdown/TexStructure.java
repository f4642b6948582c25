package io.github.questionbank.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The skeleton of a TeX formula that every renderer must agree on: each {@code {} closed by a
 * {@code }}, each {@code \begin{name}} by its {@code \end{name}}, each {@code ^} and {@code _}
 * followed by something to raise or lower. Escaped characters ({@code \{}, {@code \\}) are not
 * structure.
 */
final class TexStructure {

  private static final Pattern ENVIRONMENT = Pattern.compile("\\\\(begin|end)\\s*\\{([^{}]*)\\}");

  /**
   * Commands a formula may not use. Definitions change the typesetter's shared state (a macro one
   * formula defines would exist for the next, in whatever order the cores check them, and {@code
   * \newcommand{\a}{\a}} never ends); {@code \includegraphics} and the {@code \jlm...} commands
   * read files and fonts from the machine (KaTeX would keep a definition to its own formula, and
   * reads no file).
   */
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "\\\\(newcommand|renewcommand|providecommand|newenvironment|renewenvironment|def|gdef"
              + "|edef|xdef|let|definecolor|includegraphics|jlm[A-Za-z]*)(?![A-Za-z])");

  private TexStructure() {}

  /** What is wrong with the skeleton, worded to follow "formula '...'"; empty if nothing. */
  static Optional<String> problem(String tex, int maxDepth) {
    Matcher forbidden = FORBIDDEN.matcher(tex);
    while (forbidden.find()) {
      if (escapedAt(tex, forbidden.start())) {
        continue;
      }
      return Optional.of(
          "uses \\"
              + forbidden.group(1)
              + ", which formulas may not: write the TeX out (a formula cannot define commands,"
              + " nor read files)");
    }
    int depth = 0;
    int length = tex.length();
    for (int i = 0; i < length; i++) {
      char c = tex.charAt(i);
      if (c == '\\') {
        i++; // the escaped character, or the first letter of a command: not structure
      } else if (c == '{') {
        if (++depth > maxDepth) {
          return Optional.of("nests groups more than " + maxDepth + " levels deep: simplify it");
        }
      } else if (c == '}') {
        if (--depth < 0) {
          return Optional.of(
              "has a '}' at character " + (i + 1) + " that closes no '{': remove it or add one");
        }
      } else if ((c == '^' || c == '_') && nothingAfter(tex, i + 1)) {
        return Optional.of(
            "has a '" + c + "' at character " + (i + 1) + " with nothing after it to apply to");
      }
    }
    if (depth > 0) {
      return Optional.of(
          "has "
              + (depth == 1 ? "a '{' that is" : depth + " '{' that are")
              + " never closed: add the missing '}'");
    }
    return environments(tex);
  }

  /**
   * Whether the backslash at {@code at} is itself escaped ({@code \\\\def} is a line break, then
   * "def").
   */
  private static boolean escapedAt(String tex, int at) {
    int backslashes = 0;
    for (int i = at - 1; i >= 0 && tex.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** Whether only spaces or a closing brace follow: a script without its argument. */
  private static boolean nothingAfter(String tex, int from) {
    for (int i = from; i < tex.length(); i++) {
      char c = tex.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '}' || c == '&';
      }
    }
    return true;
  }

  private static Optional<String> environments(String tex) {
    if (tex.indexOf("\\begin") < 0 && tex.indexOf("\\end") < 0) {
      return Optional.empty();
    }
    Deque<String> open = new ArrayDeque<>();
    Matcher matcher = ENVIRONMENT.matcher(tex);
    while (matcher.find()) {
      String name = matcher.group(2).strip();
      if (matcher.group(1).equals("begin")) {
        open.push(name);
      } else if (open.isEmpty()) {
        return Optional.of("has \\end{" + name + "} without a \\begin{" + name + "}");
      } else if (!open.peek().equals(name)) {
        return Optional.of(
            "has \\end{" + name + "} where \\begin{" + open.peek() + "} is still open");
      } else {
        open.pop();
      }
    }
    return open.isEmpty()
        ? Optional.empty()
        : Optional.of("has \\begin{" + open.peek() + "} without its \\end{" + open.peek() + "}");
  }
}
