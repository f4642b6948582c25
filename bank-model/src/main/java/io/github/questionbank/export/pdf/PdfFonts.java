package io.github.questionbank.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import io.github.questionbank.glyph.Glyphs;
import io.github.questionbank.glyph.Typeface;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded Unicode fonts of one PDF ({@link Typeface}): Liberation Sans for text and Liberation
 * Mono for code, then Noto Emoji and DejaVu Sans for what they lack, subset and embedded. The font
 * files are read once per JVM; each document gets its own font objects, whose subset names come
 * from a seeded generator instead of OpenPDF's random one, so that the same input gives the same
 * bytes. A font that draws nothing in a document is not embedded in it.
 */
final class PdfFonts {

  enum Face {
    SANS(Typeface.SANS),
    SANS_BOLD(Typeface.SANS_BOLD),
    SANS_ITALIC(Typeface.SANS_ITALIC),
    SANS_BOLD_ITALIC(Typeface.SANS_BOLD_ITALIC),
    MONO(Typeface.MONO),
    MONO_BOLD(Typeface.MONO_BOLD),
    MONO_ITALIC(Typeface.MONO_ITALIC),
    EMOJI(Typeface.EMOJI),
    SYMBOLS(Typeface.SYMBOLS);

    private final Typeface typeface;

    Face(Typeface typeface) {
      this.typeface = typeface;
    }

    Typeface typeface() {
      return typeface;
    }

    static Face of(Typeface typeface) {
      return valueOf(typeface.name());
    }
  }

  private static final Map<Face, byte[]> FILES = new ConcurrentHashMap<>();

  private final Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);

  BaseFont base(Face face) {
    return fonts.computeIfAbsent(face, PdfFonts::create);
  }

  Font font(Face face, float size, Color color) {
    return new Font(base(face), size, Font.NORMAL, color);
  }

  /**
   * A text set in a face: its invisible characters dropped and stand-ins put for characters the
   * face lacks ({@link Glyphs#forPrinting}), then cut into runs, each in the first of the face's
   * fallbacks that has its characters. Nearly every text is one run in the face itself.
   */
  List<Chunk> chunks(String text, Face face, float size, Color color) {
    String printed = Glyphs.forPrinting(text, face.typeface);
    List<Chunk> chunks = new ArrayList<>(1);
    Face current = face;
    int runStart = 0;
    for (int i = 0; i < printed.length(); ) {
      int c = printed.codePointAt(i);
      Face drawing;
      if (c < 0x80) {
        drawing = face;
      } else if (Character.isSpaceChar(c) || Character.isWhitespace(c)) {
        drawing = current.typeface.covers(c) ? current : face;
      } else {
        Typeface found = face.typeface.drawing(c);
        drawing = found == null ? face : Face.of(found);
      }
      if (drawing != current) {
        if (i > runStart) {
          chunks.add(new Chunk(printed.substring(runStart, i), font(current, size, color)));
        }
        current = drawing;
        runStart = i;
      }
      i += Character.charCount(c);
    }
    if (printed.length() > runStart || chunks.isEmpty()) {
      chunks.add(new Chunk(printed.substring(runStart), font(current, size, color)));
    }
    return chunks;
  }

  private static BaseFont create(Face face) {
    byte[] file = FILES.computeIfAbsent(face, PdfFonts::read);
    try {
      String resource = face.typeface.resource();
      BaseFont font =
          BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null);
      font.setSecureRandom(seeded(resource));
      return font;
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException(
          "cannot load the embedded font " + face.typeface.resource(), e);
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
    try (InputStream in = face.typeface.open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font " + face.typeface.resource(), e);
    }
  }
}
