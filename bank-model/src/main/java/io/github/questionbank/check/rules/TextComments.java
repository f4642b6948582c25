package io.github.questionbank.check.rules;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.load.QuestionFile;
import io.github.questionbank.load.YamlDocument;
import io.github.questionbank.model.SourceMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An unquoted text followed by {@code #} on its line loses the rest of the line: YAML reads it as a
 * comment ({@code yaml-comment}). Only values that are prose are looked at (a question, a title, a
 * subtitle, the bank's description and instructions): after an id, a difficulty or a list, a
 * comment is what the author meant.
 */
final class TextComments implements BankRule {

  private static final Pattern BANK_TEXTS =
      Pattern.compile("/(title|subtitle|description|instructions)|/sections/\\d+/title");
  private static final Pattern LESSON_TEXTS = Pattern.compile("/lessons/\\d+/title");
  private static final Pattern QUESTION_TEXTS = Pattern.compile("/question");

  @Override
  public void check(BankDraft draft, Diagnostics diagnostics) {
    draft.loaded().bankFile().ifPresent(d -> check(d, BANK_TEXTS, diagnostics));
    draft.loaded().lessonsFile().ifPresent(d -> check(d, LESSON_TEXTS, diagnostics));
    for (QuestionFile file : draft.loaded().questionFiles()) {
      file.document().ifPresent(d -> check(d, QUESTION_TEXTS, diagnostics));
    }
  }

  private static void check(YamlDocument document, Pattern texts, Diagnostics diagnostics) {
    SourceMap source = document.source();
    for (Map.Entry<String, SourceMap.TrailingComment> entry :
        source.trailingComments().entrySet()) {
      String pointer = entry.getKey();
      if (texts.matcher(pointer).matches()) {
        SourceMap.TrailingComment comment = entry.getValue();
        diagnostics.report(
            Rule.YAML_COMMENT,
            comment.at(),
            message(pointer, source.scalar(pointer), comment.rest()));
      }
    }
  }

  private static String message(String pointer, Optional<String> written, String rest) {
    String key = pointer.substring(pointer.lastIndexOf('/') + 1);
    String value = written.orElse("");
    String meant = value.isEmpty() ? rest.strip() : value + rest.stripTrailing();
    return "' #' starts a YAML comment, so the rest of the line is dropped and the "
        + key
        + (value.isEmpty() ? " is empty" : " reads '" + escaped(value) + "'")
        + ": quote the whole value to keep it, "
        + key
        + ": \""
        + escaped(meant)
        + "\"";
  }

  /**
   * The text as YAML's double-quoted style writes it, on one line: a value that ran over several
   * lines keeps its line breaks as escapes, and the message stays one line.
   */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\u0085' -> out.append("\\N");
        case '\u2028' -> out.append("\\L");
        case '\u2029' -> out.append("\\P");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
