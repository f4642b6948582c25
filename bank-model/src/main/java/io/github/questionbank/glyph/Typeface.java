package io.github.questionbank.glyph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts the PDFs embed, and which characters each has. Liberation Sans and Mono (from
 * openpdf-fonts-extra) set text and code; Noto Emoji (monochrome) and DejaVu Sans draw what they
 * lack: emoji, check marks, stars, logic and set symbols. The PDF writer draws each character in
 * the first of its {@link #fallbacks()} that has it, and validation warns of a character that none
 * has ({@link Glyphs}), so both read coverage from here.
 */
public enum Typeface {
  SANS("liberation/LiberationSans-Regular.ttf"),
  SANS_BOLD("liberation/LiberationSans-Bold.ttf"),
  SANS_ITALIC("liberation/LiberationSans-Italic.ttf"),
  SANS_BOLD_ITALIC("liberation/LiberationSans-BoldItalic.ttf"),
  MONO("liberation/LiberationMono-Regular.ttf"),
  MONO_BOLD("liberation/LiberationMono-Bold.ttf"),
  /** For comments in highlighted code: they stay apart from code without colour. */
  MONO_ITALIC("liberation/LiberationMono-Italic.ttf"),
  /** Noto Emoji 400 (SIL Open Font License 1.1): outlines, so it prints in black and grey. */
  EMOJI("io/github/questionbank/glyph/noto-emoji/NotoEmoji-Regular.ttf"),
  /** DejaVu Sans (Bitstream Vera licence): symbols, arrows and mathematical operators. */
  SYMBOLS("io/github/questionbank/glyph/dejavu/DejaVuSans.ttf");

  /**
   * The fonts tried, in order, for a character the chosen one lacks: emoji first (a character that
   * is both a symbol and an emoji looks like the emoji), then symbols, then the other family (a
   * character in code that only the text font has). Every font's fallbacks end with all of these,
   * so what one of them covers prints in any style.
   */
  static final List<Typeface> LAST_RESORTS = List.of(EMOJI, SYMBOLS, SANS, MONO);

  private static final Map<Typeface, List<Typeface>> FALLBACKS = new EnumMap<>(Typeface.class);

  static {
    for (Typeface font : values()) {
      List<Typeface> order = new java.util.ArrayList<>();
      order.add(font);
      LAST_RESORTS.stream().filter(other -> other != font).forEach(order::add);
      FALLBACKS.put(font, List.copyOf(order));
    }
  }

  private final String resource;

  /** Read from the font file's cmap table once per JVM, when first asked. */
  private volatile BitSet coverage;

  Typeface(String resource) {
    this.resource = resource;
  }

  /** The font file on the class path. */
  public String resource() {
    return resource;
  }

  /** Whether this font has a glyph for a character. */
  public boolean covers(int codePoint) {
    return coverage().get(codePoint);
  }

  /** The characters this font has: not to be changed. */
  BitSet coverage() {
    BitSet bits = coverage;
    if (bits == null) {
      synchronized (this) {
        if (coverage == null) {
          coverage = readCoverage();
        }
        bits = coverage;
      }
    }
    return bits;
  }

  /** This font, then the fonts a character it lacks is drawn in: see {@link #LAST_RESORTS}. */
  public List<Typeface> fallbacks() {
    return FALLBACKS.get(this);
  }

  /** The first of {@link #fallbacks()} that has a character, or null if none has it. */
  public Typeface drawing(int codePoint) {
    for (Typeface font : FALLBACKS.get(this)) {
      if (font.covers(codePoint)) {
        return font;
      }
    }
    return null;
  }

  /** Opens the font file. */
  public InputStream open() {
    InputStream in = Typeface.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("font missing from the class path: " + resource);
    }
    return in;
  }

  private BitSet readCoverage() {
    try (InputStream in = open()) {
      return Cmap.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font " + resource, e);
    }
  }
}
