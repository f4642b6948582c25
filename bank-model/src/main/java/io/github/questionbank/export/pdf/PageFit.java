package io.github.questionbank.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * What fits on a page of the text column: keeps a block that fits on one page from being split
 * (OpenPDF moves it to the next page instead; a block taller than a page still splits where it
 * starts), and measures how much room a heading needs so that it is never left alone at the foot of
 * a page.
 */
final class PageFit {

  /** How much of a paragraph must follow its heading onto a page: its first lines. */
  private static final int LEAD_LINES = 3;

  /** How much of a block that splits must follow its heading: a few lines of it. */
  private static final float LEAD_OF_SPLIT_BLOCK = 48f;

  /** Taller than any page: the column a block is measured in. */
  private static final float UNBOUNDED = 100_000f;

  private final float width;
  private final float height;

  /**
   * @param width the text column's width
   * @param height the text column's height, from the top margin to the bottom one
   */
  PageFit(float width, float height) {
    this.width = width;
    this.height = height;
  }

  float pageHeight() {
    return height;
  }

  /**
   * The block, kept on one page if it fits on one. A table is marked to keep together; anything
   * else is wrapped in a borderless one-cell table that is.
   */
  Element keepTogether(Element block) {
    if (height(block) > height) {
      return block;
    }
    if (block instanceof PdfPTable table) {
      table.setKeepTogether(true);
      return table;
    }
    PdfPTable wrapper = new PdfPTable(1);
    wrapper.setWidthPercentage(100f);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    cell.addElement(block);
    wrapper.addCell(cell);
    wrapper.setKeepTogether(true);
    return wrapper;
  }

  /**
   * The room a heading needs below it on the current page: its own height (all its parts) and that
   * of the start of what follows (the whole first block if that is kept together, else its first
   * lines), at most a page.
   */
  float withNext(List<Element> heading, List<Element> following) {
    float needed = 0f;
    for (Element part : heading) {
      needed += height(part) + spacing(part);
    }
    return Math.min(needed + lead(following), height);
  }

  /**
   * How much of what follows a heading must be on its page: the start of its first block, and all
   * of a block that leads into the next one (then the start of that one too).
   */
  private float lead(List<Element> following) {
    if (following.isEmpty()) {
      return 0f;
    }
    Element first = following.get(0);
    if (first instanceof LeadIn) {
      return height(first) + spacing(first) + lead(following.subList(1, following.size()));
    }
    return lead(first);
  }

  /**
   * How much of a block must be on the page of the heading before it: the space above it and its
   * start (the space below it may fall off the page's foot, as OpenPDF lets it).
   */
  private float lead(Element block) {
    if (block instanceof Paragraph paragraph
        && !(block instanceof LeadIn)
        && surelyLongerThan(paragraph, LEAD_LINES)) {
      // Its first lines are all that must fit: no need to lay the whole paragraph out to know.
      return spaceAbove(block) + LEAD_LINES * paragraph.getTotalLeading();
    }
    float start = height(block);
    if (block instanceof PdfPTable table && !table.getKeepTogether()) {
      // A table that splits: its header and first row, or the first lines of a code block.
      int header = table.getHeaderRows();
      float firstRow = table.size() > header ? table.getRowHeight(header) : 0f;
      start = Math.min(start, table.getHeaderHeight() + Math.min(firstRow, LEAD_OF_SPLIT_BLOCK));
    } else if (block instanceof Paragraph paragraph) {
      start = Math.min(start, LEAD_LINES * paragraph.getTotalLeading());
    }
    return spaceAbove(block) + start;
  }

  /**
   * Whether a paragraph of text takes more than {@code lines} lines, known without laying it out:
   * its text's width, summed from the font metrics, is more than that many column widths (a line
   * never holds more than the column, so it has at least that many lines). False whenever that is
   * not certain: a chunk without a font of its own (an image, a formula), an indentation.
   */
  private boolean surelyLongerThan(Paragraph paragraph, int lines) {
    if (paragraph.getIndentationLeft() != 0f || paragraph.getIndentationRight() != 0f) {
      return false;
    }
    float total = 0f;
    for (Element element : paragraph) {
      if (!(element instanceof Chunk chunk)
          || chunk.getFont() == null
          || chunk.getFont().getBaseFont() == null
          || chunk.hasAttributes() && chunk.getChunkAttributes().containsKey(Chunk.IMAGE)) {
        return false;
      }
      total +=
          chunk
              .getFont()
              .getBaseFont()
              .getWidthPoint(chunk.getContent(), chunk.getFont().getSize());
      if (total > lines * width) {
        return true;
      }
    }
    return false;
  }

  /** The height a block takes in the text column, without the space above and below it. */
  float height(Element block) {
    if (block instanceof PdfPTable table) {
      if (!table.isLockedWidth()) {
        // As the document will size it; measuring needs the width first.
        table.setTotalWidth(width * table.getWidthPercentage() / 100f);
      }
      return table.getTotalHeight();
    }
    ColumnText column = new ColumnText(null);
    column.setSimpleColumn(0f, 0f, width, UNBOUNDED);
    column.addElement(block);
    try {
      column.go(true);
    } catch (DocumentException e) {
      return 0f; // not measurable: nothing is kept with it
    }
    // ColumnText counts a paragraph's space below it (and not the space above the first one).
    return UNBOUNDED - column.getYLine() - spaceBelow(block);
  }

  /**
   * A paragraph that belongs with the block after it and must not end a page without it: a heading
   * inside an answer, or a sentence that ends with a colon and introduces a code block or a table.
   */
  static final class LeadIn extends Paragraph {
    private static final long serialVersionUID = 1L;

    /** The same paragraph (its text, leading, indentation and spacing), marked as a lead-in. */
    LeadIn(Paragraph paragraph) {
      super(paragraph);
    }
  }

  private static float spacing(Element block) {
    return spaceAbove(block) + spaceBelow(block);
  }

  private static float spaceAbove(Element block) {
    if (block instanceof PdfPTable table) {
      return table.spacingBefore();
    }
    return block instanceof Paragraph paragraph ? paragraph.getSpacingBefore() : 0f;
  }

  private static float spaceBelow(Element block) {
    if (block instanceof PdfPTable table) {
      return table.spacingAfter();
    }
    return block instanceof Paragraph paragraph ? paragraph.getSpacingAfter() : 0f;
  }
}
