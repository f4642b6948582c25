package io.github.questionbank.export.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import io.github.questionbank.markdown.MathFormulas;
import io.github.questionbank.markdown.MathNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.util.Optional;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Formulas typeset by JLaTeXMath and drawn as vector outlines into a form XObject (a PDF template),
 * which flows with the text as an image chunk: inline formulas sit on the baseline, displayed ones
 * on a line of their own, at a slightly larger size. Outlines, not text, so no font of JLaTeXMath's
 * is embedded and every glyph prints; the same formula draws the same bytes.
 */
final class PdfMath {

  /** Computer Modern's small x-height next to Liberation Sans: inline formulas a little larger. */
  private static final float INLINE_SCALE = 1.1f;

  /** Displayed formulas larger still, as in TeX. */
  private static final float DISPLAY_SCALE = 1.2f;

  /** The white above and below a displayed formula, in points. */
  private static final int DISPLAY_PADDING = 3;

  /** Where a displayed formula in running text starts on its line. */
  private static final float DISPLAY_INDENT = 24f;

  /** The tallest a formula is drawn, in points: a third of a page. */
  private static final float MAX_HEIGHT = 250f;

  private final PdfWriter writer;
  private final float maxWidth;

  /**
   * @param maxWidth the widest a formula is drawn, in points: the text column's width
   */
  PdfMath(PdfWriter writer, float maxWidth) {
    this.writer = writer;
    this.maxWidth = maxWidth;
  }

  /**
   * The formula as a chunk at the text's size, or empty if it cannot be typeset (validation reports
   * that as {@code math}, unless the bank turned the rule off: then it prints as written).
   */
  Optional<Chunk> chunk(MathNode math, float size, Color color) {
    float fontSize = size * (math.isDisplay() ? DISPLAY_SCALE : INLINE_SCALE);
    TeXIcon icon;
    try {
      icon = MathFormulas.icon(math, fontSize, color);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    // True insets: setInsets(Insets) alone adds 0.18 em on each side, which shifts the drawing
    // down.
    icon.setInsets(new Insets(0, 0, 0, 0), true);
    // A displayed formula keeps a little white above and below it, off the lines around it.
    int padding = math.isDisplay() ? DISPLAY_PADDING : 0;
    float width = Math.max(icon.getTrueIconWidth(), 0.1f);
    float drawnHeight = Math.max(icon.getTrueIconHeight(), 0.1f) + 2 * padding;
    float height = drawnHeight;
    float depth = icon.getTrueIconDepth();
    PdfTemplate template = PdfTemplate.createTemplate(writer, width, drawnHeight);
    try {
      MathFormulas.paint(
          () -> {
            Graphics2D graphics = template.createGraphicsShapes(width, drawnHeight);
            try {
              icon.paintIcon(null, graphics, 0, padding);
            } finally {
              graphics.dispose();
            }
          });
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    try {
      Image image = Image.getInstance(template);
      image.setAlt(math.source());
      if (width > maxWidth || height > MAX_HEIGHT) {
        // \scalebox{1000}{x} or \kern9999em: shrunk to the column, never pushed off the page.
        image.scaleToFit(maxWidth, MAX_HEIGHT);
        depth *= image.getScaledHeight() / height;
        height = image.getScaledHeight();
      }
      if (math.isDisplay()) {
        // On a line of its own, all of it above the baseline: the line is as tall as the formula.
        return Optional.of(new Chunk(image, 0f, 0f, true));
      }
      // Inline, on the text's baseline; a tall one (a fraction) makes its line taller.
      boolean tall = height - depth > size || depth > size * 0.4f;
      return Optional.of(new Chunk(image, 0f, -depth, tall));
    } catch (BadElementException e) {
      return Optional.empty();
    }
  }

  /**
   * A displayed formula that shares its paragraph with text: on a line of its own, indented (an
   * empty template, which the line breaker does not trim away as it would spaces).
   */
  void addDisplayed(Chunk formula, com.lowagie.text.Phrase out) {
    if (!out.isEmpty()) {
      out.add(Chunk.NEWLINE);
    }
    // Centred in the column, as a displayed formula is on its own paragraph's line; a formula in
    // an indented block (a list item) sits a little right of centre, never less than the indent.
    float width = formula.getImage() == null ? 0f : formula.getImage().getScaledWidth();
    float indent = Math.max(DISPLAY_INDENT, (maxWidth - width) / 2f);
    try {
      out.add(
          new Chunk(Image.getInstance(PdfTemplate.createTemplate(writer, indent, 0.1f)), 0f, 0f));
    } catch (BadElementException e) {
      // no indent then
    }
    out.add(formula);
    out.add(Chunk.NEWLINE);
  }

  /** Whether a node comes right after a displayed formula (a line break it already made). */
  static boolean followsDisplay(Node node) {
    return node.getPrevious() instanceof MathNode math && math.isDisplay();
  }

  /**
   * Whether a paragraph is one displayed formula and nothing else (the usual {@code $$ ... $$} on
   * lines of its own): it is then centred.
   */
  static boolean isDisplayOnly(Node paragraph) {
    if (!(paragraph instanceof Paragraph)) {
      return false;
    }
    int formulas = 0;
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof MathNode math && math.isDisplay()) {
        formulas++;
      } else if (!(child instanceof SoftLineBreak
          || (child instanceof Text && child.getChars().isBlank()))) {
        return false;
      }
    }
    return formulas == 1;
  }
}
