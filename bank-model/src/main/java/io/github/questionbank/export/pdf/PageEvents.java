package io.github.questionbank.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.github.questionbank.export.pdf.PdfFonts.Face;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws the footer ("Page x of y", the total filled in when the document closes) and records the
 * page of every tagged heading, for the contents.
 */
final class PageEvents extends PdfPageEventHelper {

  private final PdfFonts fonts;
  private final String footerTitle;
  private final Map<String, Integer> pages = new HashMap<>();
  private PdfTemplate total;

  /** What to add to the writer's page number to get the page a reader sees (see PdfBook). */
  private int pageShift;

  PageEvents(PdfFonts fonts, String footerTitle) {
    this.fonts = fonts;
    this.footerTitle = footerTitle;
  }

  /** The page of each generic tag seen so far (the first occurrence wins). */
  Map<String, Integer> pages() {
    return Map.copyOf(pages);
  }

  /**
   * From now on, a page a reader sees is the writer's page plus {@code shift}: the pages drawn now
   * will move once the book is finished.
   */
  void shiftPages(int shift) {
    pageShift = shift;
  }

  private int page(PdfWriter writer) {
    return writer.getPageNumber() + pageShift;
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    total = writer.getDirectContent().createTemplate(40f, 14f);
    total.setBoundingBox(new Rectangle(-2f, -4f, 40f, 14f));
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
    pages.putIfAbsent(text, page(writer));
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    int page = page(writer);
    if (page == 1) {
      return; // the cover carries no footer
    }
    PdfContentByte canvas = writer.getDirectContent();
    float y = document.bottomMargin() - 30f;
    String prefix = "Page " + page + " of ";
    var font = fonts.font(Face.SANS, PdfStyle.SMALL, PdfStyle.MUTED);
    float prefixWidth = fonts.base(Face.SANS).getWidthPoint(prefix, PdfStyle.SMALL);
    float right = document.right();
    float totalWidth = fonts.base(Face.SANS).getWidthPoint("000", PdfStyle.SMALL);
    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_LEFT,
        new Phrase(prefix, font),
        right - totalWidth - prefixWidth,
        y,
        0f);
    canvas.addTemplate(total, right - totalWidth, y - 2f);
    ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, footer(font), document.left(), y, 0f);
    canvas.saveState();
    canvas.setColorStroke(PdfStyle.RULE);
    canvas.setLineWidth(0.5f);
    canvas.moveTo(document.left(), y + 12f);
    canvas.lineTo(document.right(), y + 12f);
    canvas.stroke();
    canvas.restoreState();
  }

  /** The pack's title, each character in the first font that has it. */
  private Phrase footer(com.lowagie.text.Font font) {
    Phrase footer = new Phrase("", font);
    footer.addAll(fonts.chunks(footerTitle, Face.SANS, PdfStyle.SMALL, PdfStyle.MUTED));
    return footer;
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    ColumnText.showTextAligned(
        total,
        Element.ALIGN_LEFT,
        new Phrase(
            String.valueOf(writer.getPageNumber() - 1),
            fonts.font(Face.SANS, PdfStyle.SMALL, PdfStyle.MUTED)),
        0f,
        2f,
        0f);
  }
}
