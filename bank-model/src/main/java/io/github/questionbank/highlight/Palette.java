package io.github.questionbank.highlight;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The colours of code, one per {@link TokenKind}, for a light and a dark background. The light
 * colours are GitHub's (Primer, light default; the function purple one step darker, since #8250df
 * has only 4.4:1 on the code blocks' grey, which axe-core caught): every one has a contrast of at
 * least 4.5:1 on the light code backgrounds, and all but the comments' grey print as near-black on
 * a greyscale printer; keywords are also bold and comments italic, so that the kinds stay apart
 * without colour. The dark colours are GitHub's dark default. Every output takes its colours from
 * here.
 */
public final class Palette {

  /** How a kind is drawn: a colour ({@code #rrggbb}), bold, italic. */
  public record Style(String color, boolean bold, boolean italic) {

    /** The colour as 0xRRGGBB. */
    public int rgb() {
      return Integer.parseInt(color.substring(1), 16);
    }
  }

  private static final Map<TokenKind, Style> LIGHT = new EnumMap<>(TokenKind.class);
  private static final Map<TokenKind, Style> DARK = new EnumMap<>(TokenKind.class);

  static {
    define(TokenKind.KEYWORD, "#cf222e", "#ff7b72", true, false);
    define(TokenKind.TYPE, "#953800", "#ffa657", false, false);
    define(TokenKind.STRING, "#0a3069", "#a5d6ff", false, false);
    define(TokenKind.LITERAL, "#0550ae", "#79c0ff", false, false);
    define(TokenKind.COMMENT, "#57606a", "#8b949e", false, true);
    define(TokenKind.FUNCTION, "#6639ba", "#d2a8ff", false, false);
    define(TokenKind.VARIABLE, "#953800", "#ffa657", false, false);
    define(TokenKind.META, "#0550ae", "#79c0ff", false, false);
    define(TokenKind.TAG, "#116329", "#7ee787", false, false);
    define(TokenKind.ATTRIBUTE, "#0550ae", "#79c0ff", false, false);
    define(TokenKind.INSERTED, "#116329", "#7ee787", false, false);
    define(TokenKind.DELETED, "#82071e", "#ffa198", false, false);
  }

  private Palette() {}

  private static void define(
      TokenKind kind, String light, String dark, boolean bold, boolean italic) {
    LIGHT.put(kind, new Style(light, bold, italic));
    DARK.put(kind, new Style(dark, bold, italic));
  }

  /**
   * How a kind is drawn on a light background; empty colour-less style for {@link TokenKind#PLAIN}.
   */
  public static Style light(TokenKind kind) {
    return LIGHT.getOrDefault(kind, new Style("", false, false));
  }

  /**
   * The style sheet of the token classes, a rule per line: the light colours, then the dark ones
   * for a token inside any of {@code darkAncestors} (Anki's {@code .nightMode} and {@code
   * .night_mode}).
   */
  public static String css(List<String> darkAncestors) {
    return rules(List.of(""), LIGHT, true) + rules(darkAncestors, DARK, false);
  }

  /**
   * The style sheet with the dark colours inside a media query ({@code @media screen and
   * (prefers-color-scheme: dark)}), for a page that follows the reader's system setting.
   */
  public static String css(String darkMediaQuery) {
    return rules(List.of(""), LIGHT, true)
        + darkMediaQuery
        + " {\n"
        + rules(List.of(""), DARK, false)
        + "}\n";
  }

  /** An inline {@code style} value for a kind, for outputs that cannot carry a style sheet. */
  public static String inlineStyle(TokenKind kind) {
    Style style = light(kind);
    return declarations(style, true);
  }

  private static String rules(
      List<String> ancestors, Map<TokenKind, Style> styles, boolean withFont) {
    StringBuilder css = new StringBuilder();
    styles.forEach(
        (kind, style) ->
            css.append(
                    ancestors.stream()
                        .map(a -> (a.isEmpty() ? "" : a + " ") + "." + kind.cssClass())
                        .collect(Collectors.joining(", ")))
                .append(" { ")
                .append(declarations(style, withFont))
                .append("; }\n"));
    return css.toString();
  }

  private static String declarations(Style style, boolean withFont) {
    StringBuilder css = new StringBuilder("color:").append(style.color().toLowerCase(Locale.ROOT));
    if (withFont && style.bold()) {
      css.append(";font-weight:bold");
    }
    if (withFont && style.italic()) {
      css.append(";font-style:italic");
    }
    return css.toString();
  }
}
