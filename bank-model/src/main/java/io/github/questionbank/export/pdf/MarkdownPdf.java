package io.github.questionbank.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.questionbank.export.pdf.PdfFonts.Face;
import io.github.questionbank.markdown.LocalImages;
import io.github.questionbank.markdown.Markdown;
import io.github.questionbank.markdown.MathNode;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Draws a Markdown tree with OpenPDF: paragraphs, emphasis, code spans and shaded code blocks that
 * wrap long lines, nested bullet and numbered lists, block quotes, tables with columns sized by
 * their content, headings, rules, links (clickable, with their addresses printed as numbered notes
 * after the text) and local images scaled to the column. Code blocks, tables and quotes that fit on
 * a page are kept on one. Each character is drawn by the first font that has it ({@link
 * PdfFonts#chunks}); validation warned of those none has.
 */
final class MarkdownPdf {

  private static final float LIST_INDENT = 16f;

  /** Links that become clickable: web and mail addresses; anything else stays plain text. */
  private static final Pattern LINKABLE = Pattern.compile("(?i)(https?://|mailto:)");

  /** A table cell's horizontal padding and borders (see {@link #table}). */
  private static final float CELL_PADDING = 2 * 4f + 0.5f;

  private final PdfFonts fonts;
  private final float width;
  private final PageFit fit;

  /**
   * The link notes of the blocks being drawn; null while drawing inline Markdown (a question),
   * whose links print their address in brackets instead.
   */
  private LinkNotes notes;

  private final PdfMath math;

  /**
   * @param width the width of the text column, in points
   * @param height the height of the text column, in points
   */
  MarkdownPdf(PdfFonts fonts, float width, float height, PdfMath math) {
    this.fonts = fonts;
    this.width = width;
    this.fit = new PageFit(width, height);
    this.math = math;
  }

  /** What to render: a tree, and where its images are. */
  record Source(Node root, Path imageFolder) {}

  List<Element> blocks(Source source) {
    List<Element> elements = new ArrayList<>();
    notes = new LinkNotes();
    try {
      for (Node child = source.root().getFirstChild(); child != null; child = child.getNext()) {
        block(child, source, 0f, elements);
      }
      if (!notes.isEmpty()) {
        // The notes never start a page alone: the last paragraph goes to the next page with them.
        int last = elements.size() - 1;
        if (last >= 0 && elements.get(last) instanceof com.lowagie.text.Paragraph paragraph) {
          elements.set(last, new PageFit.LeadIn(paragraph));
        }
        elements.add(fit.keepTogether(linkNotes(notes)));
      }
    } finally {
      notes = null;
    }
    return elements;
  }

  /** What fits on a page, for the handouts to keep headings with what follows them. */
  PageFit fit() {
    return fit;
  }

  /** Inline Markdown (a question) as one phrase in a base font. */
  Phrase inline(Source source, float size, boolean bold) {
    LinkNotes outer = notes;
    notes = null; // a question's links print their address in brackets
    try {
      Phrase phrase = new Phrase();
      phrase.setFont(fonts.font(Face.SANS, size, PdfStyle.TEXT));
      phrase.setLeading(size * 1.35f);
      for (Node child = source.root().getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Paragraph) {
          inlines(child, new Style(size, bold, false, null), source, phrase, new ArrayList<>());
        }
      }
      return phrase;
    } finally {
      notes = outer;
    }
  }

  private void block(Node node, Source source, float indent, List<Element> out) {
    if (node instanceof Paragraph) {
      List<Node> images = new ArrayList<>();
      com.lowagie.text.Paragraph paragraph = paragraph(indent);
      inlines(node, new Style(PdfStyle.BODY, false, false, null), source, paragraph, images);
      if (PdfMath.isDisplayOnly(node)) {
        paragraph.setAlignment(Element.ALIGN_CENTER);
      }
      if (!paragraph.isEmpty()) {
        // "... like this:" (or "**Like this:**") introduces what follows, and goes to the next
        // page with it.
        boolean introduces =
            images.isEmpty() && Markdown.plainText(node).stripTrailing().endsWith(":");
        out.add(introduces ? new PageFit.LeadIn(paragraph) : paragraph);
      }
      images.forEach(image -> image((Image) image, source, indent, out));
    } else if (node instanceof Heading heading) {
      float size = Math.max(PdfStyle.BODY + 0.5f, 15f - heading.getLevel() * 1.2f);
      com.lowagie.text.Paragraph paragraph = paragraph(indent);
      paragraph.setSpacingBefore(4f);
      inlines(node, new Style(size, true, false, null), source, paragraph, new ArrayList<>());
      out.add(new PageFit.LeadIn(paragraph));
    } else if (node instanceof FencedCodeBlock fenced) {
      out.add(
          fit.keepTogether(code(fenced.getInfo().toString(), fenced.getContentChars(), indent)));
    } else if (node instanceof IndentedCodeBlock indented) {
      out.add(fit.keepTogether(code("", indented.getContentChars(), indent)));
    } else if (node instanceof BulletList || node instanceof OrderedList) {
      list(node, source, indent, out);
    } else if (node instanceof BlockQuote) {
      out.add(fit.keepTogether(quote(node, source, indent)));
    } else if (node instanceof TableBlock) {
      out.add(fit.keepTogether(table(node, source, indent)));
    } else if (node instanceof ThematicBreak) {
      com.lowagie.text.Paragraph rule = paragraph(indent);
      Chunk line =
          new Chunk(new LineSeparator(0.5f, 100f, PdfStyle.RULE, Element.ALIGN_CENTER, -2f));
      line.setFont(font(new Style(PdfStyle.BODY, false, false, null)));
      rule.add(line);
      out.add(rule);
    }
    // Raw HTML never gets here: validation refuses it.
  }

  /**
   * A paragraph in the embedded font: OpenPDF draws paragraph spacing as a space in the paragraph's
   * own font, which would otherwise pull in a non-embedded Helvetica.
   */
  private com.lowagie.text.Paragraph newParagraph() {
    com.lowagie.text.Paragraph paragraph = new com.lowagie.text.Paragraph();
    paragraph.setFont(PdfBook.spacerFont(fonts));
    paragraph.setLeading(PdfStyle.BODY * 1.42f);
    return paragraph;
  }

  private com.lowagie.text.Paragraph paragraph(float indent) {
    com.lowagie.text.Paragraph paragraph = newParagraph();
    paragraph.setLeading(PdfStyle.BODY * 1.42f);
    paragraph.setSpacingAfter(5f);
    paragraph.setIndentationLeft(indent);
    return paragraph;
  }

  private void list(Node list, Source source, float indent, List<Element> out) {
    int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      String marker = list instanceof OrderedList ? (number++) + "." : "\u2022";
      boolean first = true;
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (first && child instanceof Paragraph) {
          com.lowagie.text.Paragraph paragraph = paragraph(indent + LIST_INDENT);
          paragraph.setFirstLineIndent(-LIST_INDENT);
          paragraph.setSpacingAfter(2.5f);
          paragraph.add(
              new Chunk(marker + "\u00a0", font(new Style(PdfStyle.BODY, false, false, null))));
          List<Node> images = new ArrayList<>();
          inlines(child, new Style(PdfStyle.BODY, false, false, null), source, paragraph, images);
          out.add(paragraph);
          images.forEach(image -> image((Image) image, source, indent + LIST_INDENT, out));
        } else {
          block(child, source, indent + LIST_INDENT, out);
        }
        first = false;
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof com.lowagie.text.Paragraph last) {
      last.setSpacingAfter(6f);
    }
  }

  private Element code(String info, BasedSequence content, float indent) {
    String text = content.toString();
    return indented(new PdfCodeBlock(fonts).cell(info, text, width - indent), indent);
  }

  private Element quote(Node quote, Source source, float indent) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.LEFT);
    cell.setBorderWidthLeft(2.5f);
    cell.setBorderColorLeft(PdfStyle.RULE);
    cell.setPaddingLeft(10f);
    cell.setPaddingTop(0f);
    List<Element> inner = new ArrayList<>();
    for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
      block(child, source, 0f, inner);
    }
    inner.forEach(cell::addElement);
    return indented(cell, indent);
  }

  private Element table(Node block, Source source, float indent) {
    List<TableRow> rows = new ArrayList<>();
    List<Boolean> header = new ArrayList<>();
    for (Node part : block.getDescendants()) {
      // The delimiter row (|---|---|) is a TableRow under TableSeparator: it is not content.
      if (part instanceof TableRow row && !(row.getParent() instanceof TableSeparator)) {
        rows.add(row);
        header.add(row.getParent() instanceof TableHead);
      }
    }
    int columns = rows.stream().mapToInt(r -> (int) cells(r).size()).max().orElse(1);
    List<List<Phrase>> contents = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<TableCell> cells = cells(rows.get(r));
      List<Phrase> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        com.lowagie.text.Paragraph content = newParagraph();
        content.setLeading(PdfStyle.SMALL * 1.4f + 1f);
        if (c < cells.size()) {
          inlines(
              cells.get(c),
              new Style(PdfStyle.BODY - 1f, header.get(r), false, null),
              source,
              content,
              new ArrayList<>());
        }
        row.add(content);
      }
      contents.add(row);
    }
    PdfPTable table =
        new PdfPTable(PdfTables.columnWidths(contents, columns, width - indent, CELL_PADDING));
    table.setWidthPercentage(100f);
    table.setHeaderRows((int) header.stream().filter(h -> h).count());
    // A row that does not fit at the foot of a page moves to the next one whole.
    table.setSplitLate(true);
    for (int r = 0; r < rows.size(); r++) {
      for (Phrase content : contents.get(r)) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorderColor(PdfStyle.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(4f);
        cell.setPaddingTop(1f);
        if (header.get(r)) {
          cell.setBackgroundColor(PdfStyle.CODE_BACKGROUND);
        }
        table.addCell(cell);
      }
    }
    table.setSpacingAfter(6f);
    if (indent == 0f) {
      return table;
    }
    PdfPCell wrapper = new PdfPCell(table);
    wrapper.setBorder(Rectangle.NO_BORDER);
    return indented(wrapper, indent);
  }

  private static List<TableCell> cells(TableRow row) {
    List<TableCell> cells = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      if (cell instanceof TableCell tableCell) {
        cells.add(tableCell);
      }
    }
    return cells;
  }

  /** A one-cell table, shifted right by {@code indent} with an empty first column. */
  private Element indented(PdfPCell cell, float indent) {
    PdfPTable table;
    if (indent > 0f) {
      table = new PdfPTable(new float[] {indent, width - indent});
      PdfPCell gap = new PdfPCell();
      gap.setBorder(Rectangle.NO_BORDER);
      table.addCell(gap);
    } else {
      table = new PdfPTable(1);
    }
    table.setWidthPercentage(100f);
    table.setSplitLate(false);
    table.addCell(cell);
    table.setSpacingBefore(2f);
    table.setSpacingAfter(7f);
    return table;
  }

  private void image(Image node, Source source, float indent, List<Element> out) {
    String url = node.getUrl().toString();
    Path file = source.imageFolder().resolve(LocalImages.localPath(url).orElse(url)).normalize();
    try {
      com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(Files.readAllBytes(file));
      float available = width - indent;
      if (image.getScaledWidth() > available || image.getScaledHeight() > 360f) {
        image.scaleToFit(available, 360f);
      }
      image.setIndentationLeft(indent);
      image.setSpacingAfter(6f);
      image.setAlt(node.getText().toString());
      out.add(image);
    } catch (IOException | RuntimeException e) {
      // Validation checked that the file exists; a file that is not an image shows its alt text.
      com.lowagie.text.Paragraph paragraph = paragraph(indent);
      paragraph.add(
          new Chunk(
              "[image: " + node.getText() + "]",
              font(new Style(PdfStyle.BODY, false, true, null))));
      out.add(paragraph);
    }
  }

  /** The typographic state inside a paragraph. */
  private record Style(float size, boolean bold, boolean italic, String link) {
    Style withBold() {
      return new Style(size, true, italic, link);
    }

    Style withItalic() {
      return new Style(size, bold, true, link);
    }

    Style withLink(String url) {
      return new Style(size, bold, italic, url);
    }
  }

  private void inlines(Node parent, Style style, Source source, Phrase out, List<Node> images) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text text) {
        out.addAll(chunks(text.getChars().unescape(), style));
      } else if (node instanceof Code code) {
        String value = code.getText().toString();
        for (Chunk chunk :
            fonts.chunks(
                value.replace(' ', '\u00a0'),
                style.bold() ? Face.MONO_BOLD : Face.MONO,
                style.size() - 1f,
                PdfStyle.TEXT)) {
          chunk.setBackground(PdfStyle.CODE_BACKGROUND, 1f, 1.5f, 1f, 0.5f);
          out.add(chunk);
        }
      } else if (node instanceof MathNode formula) {
        formula(formula, style, out);
      } else if (node instanceof StrongEmphasis) {
        inlines(node, style.withBold(), source, out, images);
      } else if (node instanceof Emphasis) {
        inlines(node, style.withItalic(), source, out, images);
      } else if (node instanceof Link link) {
        String url = link.getUrl().unescape();
        inlines(node, style.withLink(url), source, out, images);
        linkAddress(url, Markdown.plainText(link), style, source, node, out);
      } else if (node instanceof AutoLink || node instanceof MailLink) {
        // <https://example.com> and <ops@example.com>: the address is the text.
        String address = ((DelimitedLinkNode) node).getText().unescape();
        out.addAll(
            chunks(
                address, style.withLink(node instanceof MailLink ? "mailto:" + address : address)));
      } else if (node instanceof HtmlEntity entity) {
        out.addAll(chunks(entity.getChars().unescape(), style));
      } else if (node instanceof SoftLineBreak) {
        if (!PdfMath.followsDisplay(node)) {
          out.addAll(chunks(" ", style));
        }
      } else if (node instanceof HardLineBreak) {
        out.add(new Chunk("\n", font(style)));
      } else if (node instanceof Image) {
        images.add(node);
      } else {
        inlines(node, style, source, out, images);
      }
    }
  }

  /** A formula typeset ({@link PdfMath}), or as written if it cannot be. */
  private void formula(MathNode formula, Style style, Phrase out) {
    Color color = style.link() != null ? PdfStyle.LINK : PdfStyle.TEXT;
    math.chunk(formula, style.size(), color)
        .ifPresentOrElse(
            chunk -> {
              if (formula.isDisplay() && !PdfMath.isDisplayOnly(formula.getParent())) {
                math.addDisplayed(chunk, out);
              } else {
                out.add(chunk);
              }
            },
            () -> out.addAll(chunks(formula.source(), style)));
  }

  /**
   * A link's address where paper shows it: a note number after the link's text (the note follows
   * the blocks), or in a question, the address in brackets. Nothing when the text already is the
   * address or the address is not a web or mail one.
   */
  private void linkAddress(
      String url, String text, Style style, Source source, Node link, Phrase out) {
    if (!LinkNotes.printable(url) || LinkNotes.textShowsAddress(text, url)) {
      return;
    }
    String address = LinkNotes.printed(url);
    if (notes == null) {
      out.addAll(chunks(" (", style.withLink(null)));
      out.addAll(chunks(address, style.withLink(url)));
      out.addAll(chunks(")", style.withLink(null)));
      return;
    }
    Chunk mark =
        new Chunk(
            String.valueOf(notes.number(url)),
            font(new Style(style.size() * 0.68f, style.bold(), false, url)));
    mark.setTextRise(style.size() * 0.36f);
    out.add(mark);
  }

  /** The numbered addresses after the blocks, in small type under a short rule, like footnotes. */
  private Element linkNotes(LinkNotes notes) {
    PdfPTable table = new PdfPTable(new float[] {14f, width - 14f});
    table.setWidthPercentage(100f);
    table.setSpacingBefore(2f);
    table.setSpacingAfter(6f);
    Style small = new Style(PdfStyle.SMALL, false, false, null);
    Chunk line = new Chunk(new LineSeparator(0.5f, 18f, PdfStyle.RULE, Element.ALIGN_LEFT, 2f));
    line.setFont(font(small));
    PdfPCell rule = noteCell(List.of(line));
    rule.setColspan(2);
    table.addCell(rule);
    List<String> addresses = notes.addresses();
    for (int n = 0; n < addresses.size(); n++) {
      String url = addresses.get(n);
      table.addCell(
          noteCell(
              List.of(
                  new Chunk(
                      String.valueOf(n + 1),
                      fonts.font(Face.SANS, PdfStyle.SMALL, PdfStyle.MUTED)))));
      table.addCell(noteCell(chunks(LinkNotes.printed(url), small.withLink(url))));
    }
    return table;
  }

  private PdfPCell noteCell(List<Chunk> text) {
    com.lowagie.text.Paragraph paragraph = newParagraph();
    paragraph.setLeading(PdfStyle.SMALL * 1.35f);
    paragraph.addAll(text);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    cell.setPaddingBottom(1f);
    cell.addElement(paragraph);
    return cell;
  }

  /** A text in a style: one chunk, or several when some characters need another font. */
  private List<Chunk> chunks(String text, Style style) {
    List<Chunk> chunks = fonts.chunks(text, face(style), style.size(), color(style));
    if (style.link() != null && LINKABLE.matcher(style.link()).lookingAt()) {
      for (Chunk chunk : chunks) {
        chunk.setAnchor(style.link());
        chunk.setUnderline(0.4f, -1.5f);
      }
    }
    return chunks;
  }

  private Font font(Style style) {
    return fonts.font(face(style), style.size(), color(style));
  }

  private static Face face(Style style) {
    return style.bold() && style.italic()
        ? Face.SANS_BOLD_ITALIC
        : style.bold() ? Face.SANS_BOLD : style.italic() ? Face.SANS_ITALIC : Face.SANS;
  }

  private static Color color(Style style) {
    return style.link() != null ? PdfStyle.LINK : PdfStyle.TEXT;
  }
}
