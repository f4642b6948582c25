package io.github.questionbank.glyph;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;

/**
 * Which characters a TrueType font maps to a glyph, read from its {@code cmap} table alone: what
 * validation needs to know of a font, without loading it for drawing. Reads the Windows Unicode
 * subtables, the full-repertoire one (format 12) if the font has it, else the Basic Multilingual
 * Plane one (format 4), as PDF libraries do. A character mapped to glyph 0 (the "missing" box) is
 * not covered.
 */
final class Cmap {

  private static final int CMAP = 0x636d6170; // "cmap"

  private Cmap() {}

  /** The characters the font in {@code in} covers; reads the stream only up to its cmap table. */
  static BitSet read(InputStream in) throws IOException {
    Reader font = new Reader(in);
    font.skip(4); // sfnt version
    int tables = font.u16();
    font.skip(6);
    long cmapOffset = -1;
    long cmapLength = 0;
    for (int t = 0; t < tables; t++) {
      int tag = font.s32();
      font.skip(4); // checksum
      long offset = font.u32();
      long length = font.u32();
      if (tag == CMAP) {
        cmapOffset = offset;
        cmapLength = length;
      }
    }
    if (cmapOffset < 0) {
      throw new IOException("the font has no cmap table");
    }
    font.skip(cmapOffset - font.position);
    byte[] cmap = new byte[Math.toIntExact(cmapLength)];
    font.in.readFully(cmap);
    return coverage(cmap);
  }

  private static BitSet coverage(byte[] cmap) throws IOException {
    int subtables = u16(cmap, 2);
    int format4 = -1;
    int format12 = -1;
    for (int s = 0; s < subtables; s++) {
      int record = 4 + s * 8;
      int platform = u16(cmap, record);
      int encoding = u16(cmap, record + 2);
      int offset = Math.toIntExact(u32(cmap, record + 4));
      if (platform == 3 && encoding == 10 && u16(cmap, offset) == 12) {
        format12 = offset;
      } else if (platform == 3 && encoding == 1 && u16(cmap, offset) == 4) {
        format4 = offset;
      }
    }
    if (format12 >= 0) {
      return format12(cmap, format12);
    }
    if (format4 >= 0) {
      return format4(cmap, format4);
    }
    throw new IOException("the font has no Windows Unicode cmap subtable");
  }

  /** Segments of consecutive characters, each mapped by a delta or through an array of glyphs. */
  private static BitSet format4(byte[] cmap, int at) {
    BitSet covered = new BitSet(0x10000);
    int segments = u16(cmap, at + 6) / 2;
    int ends = at + 14;
    int starts = ends + segments * 2 + 2;
    int deltas = starts + segments * 2;
    int rangeOffsets = deltas + segments * 2;
    for (int s = 0; s < segments; s++) {
      int end = u16(cmap, ends + s * 2);
      int start = u16(cmap, starts + s * 2);
      int delta = u16(cmap, deltas + s * 2);
      int rangeOffset = u16(cmap, rangeOffsets + s * 2);
      for (int c = start; c <= end && c != 0xFFFF; c++) {
        int glyph;
        if (rangeOffset == 0) {
          glyph = (c + delta) & 0xFFFF;
        } else {
          int index = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
          glyph = index + 1 < cmap.length ? u16(cmap, index) : 0;
          if (glyph != 0) {
            glyph = (glyph + delta) & 0xFFFF;
          }
        }
        if (glyph != 0) {
          covered.set(c);
        }
      }
    }
    return covered;
  }

  /** Groups of consecutive characters mapped to consecutive glyphs. */
  private static BitSet format12(byte[] cmap, int at) {
    BitSet covered = new BitSet(0x20000);
    long groups = u32(cmap, at + 12);
    for (long g = 0; g < groups; g++) {
      int group = Math.toIntExact(at + 16 + g * 12);
      int start = Math.toIntExact(Math.min(u32(cmap, group), Character.MAX_CODE_POINT + 1L));
      int end = Math.toIntExact(Math.min(u32(cmap, group + 4), Character.MAX_CODE_POINT));
      long firstGlyph = u32(cmap, group + 8);
      // Only the group's first character can land on glyph 0.
      covered.set(firstGlyph == 0 ? start + 1 : start, end + 1);
    }
    return covered;
  }

  private static int u16(byte[] bytes, int at) {
    return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
  }

  private static long u32(byte[] bytes, int at) {
    return ((long) u16(bytes, at) << 16) | u16(bytes, at + 2);
  }

  /** Big-endian reads that count how far into the file they are. */
  private static final class Reader {
    private final DataInputStream in;
    private long position;

    Reader(InputStream in) {
      this.in = new DataInputStream(in);
    }

    int u16() throws IOException {
      position += 2;
      return in.readUnsignedShort();
    }

    int s32() throws IOException {
      position += 4;
      return in.readInt();
    }

    long u32() throws IOException {
      return s32() & 0xFFFFFFFFL;
    }

    void skip(long bytes) throws IOException {
      if (bytes < 0) {
        throw new IOException("the font's tables overlap its table directory");
      }
      in.skipNBytes(bytes);
      position += bytes;
    }
  }
}
