package io.github.questionbank.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The fill colour every glyph of a document is drawn in, read back with PDFBox. */
final class GlyphColours extends PDFTextStripper {

  /** A glyph's text, its font's name and its colour as 0xRRGGBB. */
  record ColouredGlyph(String text, String font, int rgb) {}

  private final List<ColouredGlyph> glyphs = new ArrayList<>();

  private GlyphColours() {
    // Text extraction ignores colour operators unless told to follow them.
    addOperator(new SetNonStrokingColorSpace(this));
    addOperator(new SetNonStrokingColor(this));
    addOperator(new SetNonStrokingColorN(this));
    addOperator(new SetNonStrokingDeviceRGBColor(this));
    addOperator(new SetNonStrokingDeviceGrayColor(this));
  }

  static List<ColouredGlyph> of(PDDocument document) throws IOException {
    GlyphColours stripper = new GlyphColours();
    stripper.getText(document);
    return stripper.glyphs;
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    try {
      int value = getGraphicsState().getNonStrokingColor().toRGB();
      glyphs.add(new ColouredGlyph(text.getUnicode(), text.getFont().getName(), value));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    super.processTextPosition(text);
  }
}
