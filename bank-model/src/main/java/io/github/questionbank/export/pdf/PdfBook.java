package io.github.questionbank.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import io.github.questionbank.check.Diagnostic;
import io.github.questionbank.export.ExportContext;
import io.github.questionbank.export.OutputStage;
import io.github.questionbank.export.PackDigest;
import io.github.questionbank.report.ToolInfo;
import io.github.questionbank.select.Pack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;

/**
 * One PDF being written: page size and margins, embedded fonts, footer, bookmarks and reproducible
 * metadata (dates from the build's timestamp, a file id derived from the content).
 */
final class PdfBook {

  /** The document's title, subject and keywords, and what identifies its content. */
  record Metadata(String title, String subject, String keywords, byte[] contentDigest) {}

  /** What a book draws; {@code pages} holds the pages of tagged headings from a previous pass. */
  @FunctionalInterface
  interface Content {
    void draw(PdfBook book, Map<String, Integer> pages);
  }

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final Document document;
  private final PdfWriter writer;
  private final PdfFonts fonts = new PdfFonts();
  private final PageEvents events;
  private final MarkdownPdf markdown;

  private PdfBook(ExportContext context, Metadata metadata, Consumer<Diagnostic> warnings) {
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
            fonts, warnings == null ? GlyphCheck.off() : new GlyphCheck(warnings), columnWidth());
  }

  /**
   * Draws the content twice: the first pass finds the page of every tagged heading, the second
   * draws the contents with those pages. Only the second pass reports warnings.
   */
  /**
   * Renders a pack's book and stages it: what both PDF formats do, with their own title, subject
   * and content.
   */
  static void write(
      Pack pack,
      String format,
      String file,
      String title,
      String subject,
      ExportContext context,
      OutputStage stage,
      Content content)
      throws IOException {
    Metadata metadata =
        new Metadata(
            title, subject, PdfMetadata.keywords(pack), PackDigest.of(pack, format, context));
    stage.write(file, render(context, metadata, content));
  }

  static byte[] render(ExportContext context, Metadata metadata, Content content) {
    PdfBook first = new PdfBook(context, metadata, null);
    content.draw(first, Map.of());
    Map<String, Integer> pages = first.finishAndPages();
    PdfBook second = new PdfBook(context, metadata, context.warnings());
    content.draw(second, pages);
    second.finishAndPages();
    return second.bytes.toByteArray();
  }

  private Map<String, Integer> finishAndPages() {
    document.close();
    return events.pages();
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
