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
 * wrap long lines, nested bullet and numbered lists, block quotes, tables, headings, rules, links
 * (clickable) and local images scaled to the column. Characters no font covers are reported.
 */
final class MarkdownPdf {

  private static final float LIST_INDENT = 16f;

  /** Links that become clickable: web and mail addresses; anything else stays plain text. */
  private static final Pattern LINKABLE = Pattern.compile("(?i)(https?://|mailto:)");

  private final PdfFonts fonts;
  private final GlyphCheck glyphs;
  private final float width;
  private final PdfMath math;

  /**
   * @param width the width of the text column, in points
   */
  MarkdownPdf(PdfFonts fonts, GlyphCheck glyphs, float width, PdfMath math) {
    this.fonts = fonts;
    this.glyphs = glyphs;
    this.width = width;
    this.math = math;
  }

  /** What to render: a tree, where its text comes from, and where its images are. */
  record Source(Node root, SourceLocator locator, Path imageFolder) {}

  List<Element> blocks(Source source) {
    List<Element> elements = new ArrayList<>();
    for (Node child = source.root().getFirstChild(); child != null; child = child.getNext()) {
      block(child, source, 0f, elements);
    }
    return elements;
  }

  /** Inline Markdown (a question) as one phrase in a base font. */
  Phrase inline(Source source, float size, boolean bold) {
    Phrase phrase = new Phrase();
    phrase.setFont(fonts.font(Face.SANS, size, PdfStyle.TEXT));
    phrase.setLeading(size * 1.35f);
    for (Node child = source.root().getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph) {
        inlines(child, new Style(size, bold, false, null), source, phrase, new ArrayList<>());
      }
    }
    return phrase;
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
        out.add(paragraph);
      }
      images.forEach(image -> image((Image) image, source, indent, out));
    } else if (node instanceof Heading heading) {
      float size = Math.max(PdfStyle.BODY + 0.5f, 15f - heading.getLevel() * 1.2f);
      com.lowagie.text.Paragraph paragraph = paragraph(indent);
      paragraph.setSpacingBefore(4f);
      inlines(node, new Style(size, true, false, null), source, paragraph, new ArrayList<>());
      out.add(paragraph);
    } else if (node instanceof FencedCodeBlock fenced) {
      out.add(code(fenced.getContentChars(), source, indent));
    } else if (node instanceof IndentedCodeBlock indented) {
      out.add(code(indented.getContentChars(), source, indent));
    } else if (node instanceof BulletList || node instanceof OrderedList) {
      list(node, source, indent, out);
    } else if (node instanceof BlockQuote) {
      out.add(quote(node, source, indent));
    } else if (node instanceof TableBlock) {
      out.add(table(node, source, indent));
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

  private Element code(BasedSequence content, Source source, float indent) {
    String text = content.toString();
    // Checked line by line, so that a warning names the line that holds the character.
    int offset = content.getStartOffset();
    for (String line : text.split("\n", -1)) {
      glyphs.check(line, fonts::monoCovers, source.locator().apply(offset));
      offset += line.length() + 1;
    }
    Font mono = fonts.font(Face.MONO, PdfStyle.CODE, PdfStyle.TEXT);
    PdfPCell cell = new PdfPCell();
    // One paragraph per line: OpenPDF draws a line break inside a paragraph with a default font.
    for (String raw : text.stripTrailing().split("\n", -1)) {
      // Leading spaces would be dropped at a line start: keep them as no-break spaces.
      String line = raw.replace("\t", "    ");
      int lead = 0;
      while (lead < line.length() && line.charAt(lead) == ' ') {
        lead++;
      }
      com.lowagie.text.Paragraph paragraph = newParagraph();
      paragraph.setFont(mono);
      paragraph.setLeading(PdfStyle.CODE * 1.35f);
      paragraph.add(
          new Chunk(
              line.isEmpty() ? "\u00a0" : "\u00a0".repeat(lead) + line.substring(lead), mono));
      cell.addElement(paragraph);
    }
    cell.setBackgroundColor(PdfStyle.CODE_BACKGROUND);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(7f);
    cell.setPaddingTop(3f);
    return indented(cell, indent);
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
    PdfPTable table = new PdfPTable(columns);
    table.setWidthPercentage(100f);
    table.setHeaderRows((int) header.stream().filter(h -> h).count());
    table.setSplitLate(false);
    for (int r = 0; r < rows.size(); r++) {
      List<TableCell> cells = cells(rows.get(r));
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
        String value = text.getChars().unescape();
        glyphs.check(value, fonts::covers, source.locator().apply(node.getStartOffset()));
        out.add(chunk(value, style));
      } else if (node instanceof Code code) {
        String value = code.getText().toString();
        glyphs.check(value, fonts::monoCovers, source.locator().apply(node.getStartOffset()));
        Font mono =
            fonts.font(style.bold() ? Face.MONO_BOLD : Face.MONO, style.size() - 1f, PdfStyle.TEXT);
        Chunk chunk = new Chunk(value.replace(' ', '\u00a0'), mono);
        chunk.setBackground(PdfStyle.CODE_BACKGROUND, 1f, 1.5f, 1f, 0.5f);
        out.add(chunk);
      } else if (node instanceof MathNode formula) {
        formula(formula, style, out);
      } else if (node instanceof StrongEmphasis) {
        inlines(node, style.withBold(), source, out, images);
      } else if (node instanceof Emphasis) {
        inlines(node, style.withItalic(), source, out, images);
      } else if (node instanceof Link link) {
        inlines(node, style.withLink(link.getUrl().unescape()), source, out, images);
      } else if (node instanceof AutoLink || node instanceof MailLink) {
        // <https://example.com> and <ops@example.com>: the address is the text.
        String address = ((DelimitedLinkNode) node).getText().unescape();
        out.add(
            chunk(
                address, style.withLink(node instanceof MailLink ? "mailto:" + address : address)));
      } else if (node instanceof HtmlEntity entity) {
        out.add(chunk(entity.getChars().unescape(), style));
      } else if (node instanceof SoftLineBreak) {
        if (!PdfMath.followsDisplay(node)) {
          out.add(chunk(" ", style));
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
            () -> out.add(chunk(formula.source(), style)));
  }

  private Chunk chunk(String text, Style style) {
    Chunk chunk = new Chunk(text, font(style));
    if (style.link() != null && LINKABLE.matcher(style.link()).lookingAt()) {
      chunk.setAnchor(style.link());
      chunk.setUnderline(0.4f, -1.5f);
    }
    return chunk;
  }

  private Font font(Style style) {
    Face face =
        style.bold() && style.italic()
            ? Face.SANS_BOLD_ITALIC
            : style.bold() ? Face.SANS_BOLD : style.italic() ? Face.SANS_ITALIC : Face.SANS;
    Color color = style.link() != null ? PdfStyle.LINK : PdfStyle.TEXT;
    return fonts.font(face, style.size(), color);
  }
}
