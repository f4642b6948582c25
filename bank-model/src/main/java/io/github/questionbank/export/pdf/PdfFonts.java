package io.github.questionbank.export.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded Unicode fonts of one PDF: Liberation Sans for text and Liberation Mono for code (SIL
 * Open Font License, from openpdf-fonts-extra), subset and embedded. The font files are read once
 * per JVM; each document gets its own font objects, whose subset names come from a seeded generator
 * instead of OpenPDF's random one, so that the same input gives the same bytes.
 */
final class PdfFonts {

  enum Face {
    SANS("liberation/LiberationSans-Regular.ttf"),
    SANS_BOLD("liberation/LiberationSans-Bold.ttf"),
    SANS_ITALIC("liberation/LiberationSans-Italic.ttf"),
    SANS_BOLD_ITALIC("liberation/LiberationSans-BoldItalic.ttf"),
    MONO("liberation/LiberationMono-Regular.ttf"),
    MONO_BOLD("liberation/LiberationMono-Bold.ttf"),
    MONO_ITALIC("liberation/LiberationMono-Italic.ttf");

    private final String resource;

    Face(String resource) {
      this.resource = resource;
    }
  }

  private static final Map<Face, byte[]> FILES = new ConcurrentHashMap<>();

  private final Map<Face, BaseFont> fonts = new java.util.EnumMap<>(Face.class);

  BaseFont base(Face face) {
    return fonts.computeIfAbsent(face, PdfFonts::create);
  }

  Font font(Face face, float size, Color color) {
    return new Font(base(face), size, Font.NORMAL, color);
  }

  /** Whether the text fonts have a glyph for a code point. */
  boolean covers(int codePoint) {
    return covered(Face.SANS, codePoint);
  }

  /** Whether the code font has a glyph for a code point. */
  boolean monoCovers(int codePoint) {
    return covered(Face.MONO, codePoint);
  }

  /**
   * The font files never change, so which characters they cover is looked up once per JVM: every
   * character of every answer is checked, and OpenPDF's own look-up showed in the profile.
   */
  private static final Map<Face, java.util.BitSet> COVERAGE = new ConcurrentHashMap<>();

  private boolean covered(Face face, int codePoint) {
    if (codePoint > 0xFFFF) {
      return base(face).charExists(codePoint); // outside the basic plane: rare, ask the font
    }
    java.util.BitSet coverage =
        COVERAGE.computeIfAbsent(
            face,
            f -> {
              BaseFont font = base(f);
              java.util.BitSet bits = new java.util.BitSet(0x10000);
              for (int c = 0; c <= 0xFFFF; c++) {
                if (font.charExists(c)) {
                  bits.set(c);
                }
              }
              return bits;
            });
    return coverage.get(codePoint);
  }

  private static BaseFont create(Face face) {
    byte[] file = FILES.computeIfAbsent(face, PdfFonts::read);
    try {
      BaseFont font =
          BaseFont.createFont(
              face.resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null);
      font.setSecureRandom(seeded(face.resource));
      return font;
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("cannot load the embedded font " + face.resource, e);
    }
  }

  /** A generator that yields the same subset prefix for the same font in every build. */
  private static SecureRandom seeded(String seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is part of every Java runtime", e);
    }
  }

  private static byte[] read(Face face) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(face.resource)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + face.resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font " + face.resource, e);
    }
  }
}
