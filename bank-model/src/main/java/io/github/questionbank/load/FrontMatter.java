package io.github.questionbank.load;

import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.model.Position;
import java.util.Optional;

/**
 * A question file split into its YAML front matter and its Markdown body.
 *
 * @param yaml the text between the two {@code ---} lines
 * @param yamlLine the file line of the first line of {@code yaml}
 * @param closingLine the file line of the closing {@code ---}
 * @param body the Markdown after the closing line
 * @param bodyLine the file line on which {@code body} starts
 */
public record FrontMatter(String yaml, int yamlLine, int closingLine, String body, int bodyLine) {

  private static final String DELIMITER = "---";

  /** Splits a question file, or reports that its front matter is missing or not closed. */
  public static Optional<FrontMatter> split(SourceText source, Diagnostics diagnostics) {
    String text = source.text();
    int firstEnd = lineEnd(text, 0);
    if (!isDelimiter(text.substring(0, firstEnd))) {
      diagnostics.report(
          Rule.FRONT_MATTER,
          Position.startOf(source.path()),
          "no front matter: a question file starts with a line '---', then id, difficulty,"
              + " lessons and question, then a line '---' and the answer");
      return Optional.empty();
    }
    int line = 2;
    for (int start = nextLineStart(text, firstEnd); start >= 0; line++) {
      int end = lineEnd(text, start);
      String content = text.substring(start, end);
      if (isDelimiter(content) || content.stripTrailing().equals("...")) {
        int yamlStart = nextLineStart(text, firstEnd);
        String yaml = text.substring(yamlStart, start);
        int bodyStart = nextLineStart(text, end);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart);
        return Optional.of(new FrontMatter(yaml, 2, line, body, line + 1));
      }
      start = nextLineStart(text, end);
    }
    diagnostics.report(
        Rule.FRONT_MATTER,
        Position.startOf(source.path()),
        "front matter opened at line 1 is never closed: add a line '---' after the last key");
    return Optional.empty();
  }

  private static boolean isDelimiter(String line) {
    return line.stripTrailing().equals(DELIMITER);
  }

  private static int lineEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline;
  }

  private static int nextLineStart(String text, int lineEnd) {
    return lineEnd < text.length() ? lineEnd + 1 : -1;
  }
}
