package io.github.questionbank.export.anki;

import io.github.questionbank.highlight.Palette;
import io.github.questionbank.highlight.TokenKind;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Highlighted code for the CSV: its notes go into Anki's stock Basic note type, whose style sheet
 * knows nothing of our token classes, so every {@code <span class="tok-...">} becomes a span with
 * the class's colour as an inline style. Only spans the renderer wrote match: the HTML has been
 * sanitized, and the sanitizer lets a span through only with one token class.
 */
final class InlineCodeColours {

  private static final Pattern TOKEN_SPAN = Pattern.compile("<span class=\"(tok-[a-z]+)\">");

  private static final Map<String, String> STYLE_BY_CLASS =
      Arrays.stream(TokenKind.values())
          .filter(kind -> kind != TokenKind.PLAIN)
          .collect(
              Collectors.toMap(
                  TokenKind::cssClass, kind -> Palette.inlineStyle(kind), (a, b) -> a));

  private InlineCodeColours() {}

  static String of(String html) {
    if (html.indexOf("<span class=\"tok-") < 0) {
      return html; // most answers: no highlighted code, nothing to copy
    }
    Matcher span = TOKEN_SPAN.matcher(html);
    return span.replaceAll(
        match -> {
          String style = STYLE_BY_CLASS.get(match.group(1));
          return style == null
              ? Matcher.quoteReplacement(match.group())
              : Matcher.quoteReplacement("<span style=\"" + style + "\">");
        });
  }
}
