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
 * the class's colour as an inline style, and every code block a light box. Only spans the renderer
 * wrote match: the HTML has been sanitized, and the sanitizer lets a span through only with one
 * token class.
 */
final class InlineCodeColours {

  private static final Pattern TOKEN_SPAN = Pattern.compile("<span class=\"(tok-[a-z]+)\">");

  private static final Map<String, String> STYLE_BY_CLASS =
      Arrays.stream(TokenKind.values())
          .filter(kind -> kind != TokenKind.PLAIN)
          .collect(
              Collectors.toMap(
                  TokenKind::cssClass, kind -> Palette.inlineStyle(kind), (a, b) -> a));

  /**
   * A code block keeps a light box of its own, whatever the card's theme: the token colours are the
   * light palette's, and would be unreadable on Anki's night-mode background.
   */
  static final String CODE_BOX =
      "<pre style=\"background-color:#f6f8fa;color:#1f2328;padding:8px 10px;border-radius:6px\">";

  private InlineCodeColours() {}

  static String of(String html) {
    if (html.indexOf("<pre>") < 0) {
      return html; // most answers: no code block, nothing to copy
    }
    String boxed = html.replace("<pre>", CODE_BOX);
    if (boxed.indexOf("<span class=\"tok-") < 0) {
      return boxed;
    }
    Matcher span = TOKEN_SPAN.matcher(boxed);
    return span.replaceAll(
        match -> {
          String style = STYLE_BY_CLASS.get(match.group(1));
          return style == null
              ? Matcher.quoteReplacement(match.group())
              : Matcher.quoteReplacement("<span style=\"" + style + "\">");
        });
  }
}
