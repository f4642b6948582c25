package io.github.questionbank.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.util.List;

/**
 * Column widths of a table sized by what its cells hold, the way a browser lays out an HTML table:
 * each column gets at least its longest word, so that short words never break mid-word ({@code SKIP
 * L} / {@code OCKED}), and the width left over goes to the columns whose text would otherwise wrap,
 * in proportion to how much more they hold. A column of one-word cells beside a column of sentences
 * stays narrow.
 */
final class PdfTables {

  /** No column narrower than this, so that an empty column still shows as a column. */
  static final float MIN_COLUMN = 18f;

  /** Rounding slack: a word exactly as wide as its column would still be broken by OpenPDF. */
  private static final float SLACK = 1.5f;

  private PdfTables() {}

  /** What one cell needs: its longest unbreakable piece and its widest line unwrapped. */
  record Extent(float longestWord, float longestPiece, float widestLine) {

    static final Extent EMPTY = new Extent(0f, 0f, 0f);

    Extent max(Extent other) {
      return new Extent(
          Math.max(longestWord, other.longestWord),
          Math.max(longestPiece, other.longestPiece),
          Math.max(widestLine, other.widestLine));
    }
  }

  /**
   * Relative widths of the columns (they add up to {@code available}).
   *
   * @param rows the cells' text, row by row; a row may have fewer cells than there are columns
   * @param columns how many columns the table has
   * @param available the table's width
   * @param padding a cell's horizontal padding and borders, added to what its text needs
   */
  static float[] columnWidths(
      List<List<Phrase>> rows, int columns, float available, float padding) {
    Extent[] extents = new Extent[columns];
    java.util.Arrays.fill(extents, Extent.EMPTY);
    for (List<Phrase> row : rows) {
      for (int c = 0; c < Math.min(columns, row.size()); c++) {
        extents[c] = extents[c].max(extent(row.get(c)));
      }
    }
    float[] least = new float[columns];
    float[] most = new float[columns];
    float leastWords = 0f;
    for (int c = 0; c < columns; c++) {
      leastWords += need(extents[c].longestWord(), padding);
    }
    // Words too wide together for the table may break at their hyphens, as OpenPDF breaks them.
    boolean atHyphens = leastWords > available;
    for (int c = 0; c < columns; c++) {
      Extent extent = extents[c];
      least[c] = need(atHyphens ? extent.longestPiece() : extent.longestWord(), padding);
      most[c] = Math.max(least[c], need(extent.widestLine(), padding));
    }
    return distribute(least, most, available);
  }

  /** What a column needs for text this wide: the text, the padding and a little slack. */
  private static float need(float text, float padding) {
    return Math.max(MIN_COLUMN, text + padding + SLACK);
  }

  /**
   * Every column at its widest if they all fit (the rest shared in proportion); otherwise each at
   * its least, plus a share of what is left in proportion to how much more it would take to show
   * its lines unwrapped; if even the least do not fit, in proportion to the least.
   */
  static float[] distribute(float[] least, float[] most, float available) {
    int columns = least.length;
    float sumLeast = 0f;
    float sumMost = 0f;
    for (int c = 0; c < columns; c++) {
      sumLeast += least[c];
      sumMost += most[c];
    }
    float[] widths = new float[columns];
    if (sumMost <= available) {
      for (int c = 0; c < columns; c++) {
        widths[c] = most[c] * available / sumMost;
      }
    } else if (sumLeast >= available) {
      for (int c = 0; c < columns; c++) {
        widths[c] = least[c] * available / sumLeast;
      }
    } else {
      float share = (available - sumLeast) / (sumMost - sumLeast);
      for (int c = 0; c < columns; c++) {
        widths[c] = least[c] + (most[c] - least[c]) * share;
      }
    }
    return widths;
  }

  /**
   * The extent of a cell's text in the fonts it is drawn in. Breaks are where OpenPDF breaks a
   * line: at white space, after a hyphen, and at a line break; a no-break space joins.
   */
  static Extent extent(Phrase phrase) {
    float line = 0f;
    float word = 0f;
    float piece = 0f;
    float widestLine = 0f;
    float longestWord = 0f;
    float longestPiece = 0f;
    for (Element element : phrase.getChunks()) {
      if (!(element instanceof Chunk chunk) || chunk.getContent() == null) {
        continue;
      }
      Font font = chunk.getFont();
      BaseFont base = font.getCalculatedBaseFont(false);
      float size = font.getCalculatedSize();
      String text = chunk.getContent();
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        int length = Character.charCount(codePoint);
        if (codePoint == '\n') {
          widestLine = Math.max(widestLine, line);
          line = 0f;
          word = 0f;
          piece = 0f;
        } else {
          // Character by character, as OpenPDF measures a line when it breaks it.
          float width = base.getWidthPoint(codePoint, size);
          line += width;
          if (codePoint <= ' ') {
            word = 0f;
            piece = 0f;
          } else {
            word += width;
            piece += width;
            longestWord = Math.max(longestWord, word);
            longestPiece = Math.max(longestPiece, piece);
            if (codePoint == '-') {
              piece = 0f;
            }
          }
        }
        i += length;
      }
    }
    widestLine = Math.max(widestLine, line);
    return new Extent(longestWord, longestPiece, widestLine);
  }
}
