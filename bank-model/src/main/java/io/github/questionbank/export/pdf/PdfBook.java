package io.github.questionbank.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.io.ToolInfo;
import java.io.ByteArrayOutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * One PDF being written: page size and margins, embedded fonts, footer, bookmarks and reproducible
 * metadata (dates from the build's timestamp, a file id derived from the content).
 */
final class PdfBook {

  /** The document's title, subject and keywords, and what identifies its content. */
  record Metadata(String title, String subject, String keywords, byte[] contentDigest) {}

  /**
   * What a book draws, in three parts. The front names the pages of headings that come after it
   * (the contents, the answer key's page), so it is drawn after the body and then moved in front of
   * it: every page is laid out once.
   */
  interface Content {
    /** Pages that name no page (the handout's cover): drawn first, where they stay. */
    default void lead(PdfBook book) {}

    /** Pages that name the pages of tagged headings: read from {@code pages}. */
    void front(PdfBook book, Pages pages);

    /** Everything else, with the tagged headings. */
    void body(PdfBook book);
  }

  /** The page a reader sees a tagged heading on. */
  @FunctionalInterface
  interface Pages {
    /** The page number, or null if nothing carries the tag. */
    Integer of(String tag);
  }

  /**
   * Wider than any page number a book has: sizes the front before the real numbers are known (all
   * digits are equally wide in the fonts used).
   */
  private static final int WIDEST_PAGE = 99_999;

  /** Lay-outs of the whole book before giving up; the second one is already rare. */
  private static final int ATTEMPTS = 3;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final Document document;
  private final PdfWriter writer;
  private final PdfFonts fonts = new PdfFonts();
  private final PageEvents events;
  private final MarkdownPdf markdown;

  private PdfBook(ExportContext context, Metadata metadata) {
    Rectangle page = new Rectangle(context.pageSize().width(), context.pageSize().height());
    document =
        new Document(
            page, PdfStyle.MARGIN, PdfStyle.MARGIN, PdfStyle.MARGIN, PdfStyle.MARGIN_BOTTOM);
    writer = PdfWriter.getInstance(document, bytes);
    writer.setPdfVersion(PdfWriter.VERSION_1_7);
    writer.setCompressionLevel(9);
    events = new PageEvents(fonts, metadata.title());
    writer.setPageEvent(events);
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(context.timestamp().toEpochMilli());
    document.addTitle(metadata.title());
    document.addSubject(metadata.subject());
    document.addKeywords(metadata.keywords());
    document.addCreator(ToolInfo.NAME + " " + ToolInfo.version());
    document.open();
    // One flat page tree: what lets the contents be moved in front of the body afterwards.
    writer.setLinearPageMode();
    // OpenPDF stamps the current time; the build's timestamp makes the output reproducible.
    writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
    writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar));
    // The trailer id is random by default; derive it from the content so that builds repeat.
    writer
        .getInfo()
        .put(
            PdfName.FILEID,
            PdfEncryption.createInfoId(metadata.contentDigest(), metadata.contentDigest()));
    markdown =
        new MarkdownPdf(
            fonts,
            columnWidth(),
            document.top() - document.bottom(),
            new PdfMath(writer, columnWidth()));
  }

  /**
   * Lays the book out once: lead, body, then the front, whose pages are then moved between the lead
   * and the body. Footers and the front's page numbers must already count the front's pages, so a
   * quick sizing of the lead and front alone (with the widest page numbers) counts them first. If
   * the real front still comes out at another length, the book is laid out again with that length.
   */
  static byte[] render(ExportContext context, Metadata metadata, Content content) {
    int frontPages = frontPages(context, metadata, content);
    for (int attempt = 1; ; attempt++) {
      PdfBook book = new PdfBook(context, metadata);
      int drawn = book.drawInOrder(content, frontPages);
      if (drawn == frontPages) {
        return book.bytes.toByteArray();
      }
      if (attempt == ATTEMPTS) {
        throw new IllegalStateException(
            "the contents pages of " + metadata.title() + " do not settle to one length");
      }
      frontPages = drawn;
    }
  }

  /** How many pages the front takes when every page number is as wide as can be. */
  private static int frontPages(ExportContext context, Metadata metadata, Content content) {
    PdfBook sizing = new PdfBook(context, metadata);
    content.lead(sizing);
    int lead = sizing.finishPage();
    content.front(sizing, tag -> WIDEST_PAGE);
    int front = sizing.finishPage() - lead;
    sizing.document.close();
    return front;
  }

  /**
   * Draws lead, body and front, in that order, telling the footer which page each will be once the
   * front has moved before the body; then moves it, if it has the expected length.
   *
   * @return the number of pages the front took
   */
  private int drawInOrder(Content content, int expectedFrontPages) {
    content.lead(this);
    int lead = finishPage();
    events.shiftPages(expectedFrontPages); // the body's pages will follow the front
    content.body(this);
    int bodyEnd = finishPage();
    events.shiftPages(lead - bodyEnd); // the front's first page follows the lead's last one
    Map<String, Integer> pages = events.pages();
    content.front(this, pages::get);
    int total = finishPage();
    int front = total - bodyEnd;
    if (front == expectedFrontPages) {
      int[] order = new int[total];
      int next = 0;
      for (int page = 1; page <= lead; page++) {
        order[next++] = page;
      }
      for (int page = bodyEnd + 1; page <= total; page++) {
        order[next++] = page;
      }
      for (int page = lead + 1; page <= bodyEnd; page++) {
        order[next++] = page;
      }
      try {
        writer.reorderPages(order);
      } catch (DocumentException e) {
        throw new IllegalStateException("cannot move the contents in front", e);
      }
    }
    document.close();
    return front;
  }

  /** Ends the current page, if anything is on it; the number of pages finished so far. */
  private int finishPage() {
    document.newPage();
    return writer.getPageNumber() - 1;
  }

  /**
   * A line break or a drawn separator in the embedded font, so that no other font is referenced.
   */
  Chunk chunk(Chunk chunk) {
    chunk.setFont(fonts.font(PdfFonts.Face.SANS, PdfStyle.BODY, PdfStyle.TEXT));
    return chunk;
  }

  /** An empty paragraph whose spacing is drawn in an embedded font (see {@link #spacerFont}). */
  com.lowagie.text.Paragraph paragraph() {
    com.lowagie.text.Paragraph paragraph = new com.lowagie.text.Paragraph();
    paragraph.setFont(spacerFont(fonts));
    paragraph.setLeading(PdfStyle.BODY * 1.42f);
    return paragraph;
  }

  /**
   * OpenPDF draws a paragraph's spacing as a space in the paragraph's font. A tiny code-font space
   * keeps that font embedded (no Helvetica) and keeps text extraction from reading it as a space
   * inside the words next to it.
   */
  static com.lowagie.text.Font spacerFont(PdfFonts fonts) {
    return fonts.font(PdfFonts.Face.MONO, 0.5f, PdfStyle.TEXT);
  }

  Chunk newline(float size) {
    return new Chunk("\n", fonts.font(PdfFonts.Face.SANS, size, PdfStyle.TEXT));
  }

  void add(Element element) {
    document.add(element);
  }

  void newPage() {
    document.newPage();
  }

  /** Starts a new page unless this much height is left, so that a heading never ends a page. */
  void ensureSpace(float height) {
    if (writer.getVerticalPosition(false) - document.bottom() < height) {
      document.newPage();
    }
  }

  /**
   * Starts a new page unless the heading and the start of what follows it fit on this one: a
   * heading is never left alone at the foot of a page (see {@link PageFit#withNext}).
   */
  void keepWithNext(List<Element> heading, List<Element> following) {
    ensureSpace(markdown.fit().withNext(heading, following));
  }

  /**
   * Adds blocks of Markdown; a block that leads into the next one (a heading, a sentence ending
   * with a colon) moves to the next page with the start of what follows it, rather than end a page.
   */
  void addAll(List<Element> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Element block = blocks.get(i);
      if (block instanceof PageFit.LeadIn) {
        keepWithNext(List.of(block), blocks.subList(i + 1, blocks.size()));
      }
      add(block);
    }
  }

  PdfFonts fonts() {
    return fonts;
  }

  MarkdownPdf markdown() {
    return markdown;
  }

  float columnWidth() {
    return document.right() - document.left();
  }

  /** A bookmark that jumps to a named destination. */
  PdfOutline bookmark(PdfOutline parent, String destination, String title) {
    return new PdfOutline(
        parent == null ? writer.getRootOutline() : parent,
        PdfAction.gotoLocalPage(destination, false),
        title,
        false);
  }
}
