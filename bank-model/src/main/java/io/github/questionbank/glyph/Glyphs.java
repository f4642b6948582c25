package io.github.questionbank.glyph;

import java.util.BitSet;
import java.util.Map;

/**
 * What becomes of each character of a text on its way into a PDF. A character that should not print
 * (a variation selector, a zero-width joiner) is dropped; one that the text's font lacks but that
 * has a close stand-in (a non-breaking hyphen for a hyphen) is replaced; every other character is
 * drawn by the first font that has it ({@link Typeface#drawing}). Only a character that none of
 * this saves is {@linkplain #printable(int) not printable}: validation warns of it.
 */
public final class Glyphs {

  /**
   * Stand-ins, small and explicit: each prints the same shape or a near one. Used where the text's
   * own font lacks the character: the text font's hyphen matches the words around it better than
   * another font's non-breaking hyphen would.
   */
  private static final Map<Integer, Integer> STAND_INS =
      Map.ofEntries(
          Map.entry(0x2010, (int) '-'), // hyphen
          Map.entry(0x2011, (int) '-'), // non-breaking hyphen
          Map.entry(0x2012, (int) '-'), // figure dash
          Map.entry(0x2043, (int) '-'), // hyphen bullet
          Map.entry(0x2212, (int) '-'), // minus sign
          Map.entry(0x2044, (int) '/'), // fraction slash
          Map.entry(0x2215, (int) '/'), // division slash
          Map.entry(0x2007, 0xA0), // figure space: a no-break space too
          Map.entry(0x202F, 0xA0), // narrow no-break space
          Map.entry(0x2008, (int) ' '), // punctuation space
          Map.entry(0x205F, (int) ' ')); // medium mathematical space

  private Glyphs() {}

  /** What every font's fallbacks cover, read when first needed (a text beyond ASCII). */
  private static final class Covered {
    static final BitSet BY_ANY_FONT = new BitSet();

    static {
      Typeface.LAST_RESORTS.forEach(font -> BY_ANY_FONT.or(font.coverage()));
    }
  }

  /**
   * Whether a character is one that shapes another or controls layout and should not print: it is
   * dropped from the text. Variation selectors (the U+FE0F that asks for an emoji's colour form),
   * zero-width joiners and spaces, the word joiner and byte order mark, direction marks and
   * embeddings, emoji tag characters, invisible mathematical operators and the soft hyphen.
   */
  public static boolean invisible(int c) {
    return (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xE0100 && c <= 0xE01EF)
        || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2064)
        || (c >= 0x2066 && c <= 0x2069)
        || (c >= 0xE0020 && c <= 0xE007F)
        || c == 0xFEFF
        || c == 0xAD;
  }

  /** The stand-in of a character, or -1 if it has none. */
  public static int standIn(int codePoint) {
    return STAND_INS.getOrDefault(codePoint, -1);
  }

  /**
   * Whether a character comes out of the PDF as something a reader sees as it is meant: drawn by a
   * font in any style, dropped as invisible, replaced by its stand-in, or blank space or a control
   * that layout handles. False for a character that would print as a blank.
   */
  public static boolean printable(int c) {
    if (c < 0x80 || Character.isWhitespace(c) || Character.isISOControl(c) || invisible(c)) {
      return true;
    }
    return Covered.BY_ANY_FONT.get(c) || standIn(c) >= 0;
  }

  /**
   * A text as it is handed to the fonts that start with {@code font}: invisible characters dropped,
   * characters {@code font} lacks replaced by their stand-ins, if they have one. The text itself if
   * nothing changes.
   */
  public static String forPrinting(String text, Typeface font) {
    int i = 0;
    while (i < text.length() && text.charAt(i) < 0x80) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
    boolean changed = false;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int standIn = invisible(c) ? -1 : standIn(c);
      if (invisible(c) || (standIn >= 0 && !font.covers(c))) {
        changed = true;
        if (standIn >= 0) {
          out.appendCodePoint(standIn);
        }
      } else {
        out.appendCodePoint(c);
      }
    }
    return changed ? out.toString() : text;
  }
}
