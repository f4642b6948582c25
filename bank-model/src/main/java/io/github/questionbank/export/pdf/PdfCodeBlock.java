package io.github.questionbank.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import io.github.questionbank.export.pdf.CodeLineWrap.VisualLine;
import io.github.questionbank.export.pdf.PdfFonts.Face;
import io.github.questionbank.highlight.CodeToken;
import io.github.questionbank.highlight.HighlightedCode;
import io.github.questionbank.highlight.Highlighter;
import io.github.questionbank.highlight.Palette;
import io.github.questionbank.highlight.TokenKind;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A code block on paper: a shaded box of monospace lines, coloured by {@link Palette} when the
 * block names a language, keywords bold and comments italic so that they stay apart on a greyscale
 * printer. Lines too long for the box are wrapped by {@link CodeLineWrap}, never by OpenPDF, which
 * would start the rest at column 0 and break it anywhere.
 */
final class PdfCodeBlock {

  static final float PADDING = 7f;

  private final PdfFonts fonts;

  PdfCodeBlock(PdfFonts fonts) {
    this.fonts = fonts;
  }

  /**
   * The box's cell.
   *
   * @param info the fenced block's info string, empty for an indented block
   * @param code the block's content
   * @param width the width the box may take, in points
   */
  PdfPCell cell(String info, String code, float width) {
    HighlightedCode highlighted =
        Highlighter.highlight(info, code.stripTrailing().replace("\t", "    "));
    float column = fonts.base(Face.MONO).getWidthPoint("M", PdfStyle.CODE);
    CodeLineWrap wrap = new CodeLineWrap((int) Math.floor((width - 2 * PADDING - 1f) / column));
    PdfPCell cell = new PdfPCell();
    // One paragraph per visual line: OpenPDF draws a line break inside a paragraph with a default
    // font, and a paragraph per line keeps leading spaces where they are.
    for (List<CodeToken> line : highlighted.lines()) {
      for (VisualLine visual : wrap.wrap(line)) {
        cell.addElement(paragraph(visual));
      }
    }
    cell.setBackgroundColor(PdfStyle.CODE_BACKGROUND);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(PADDING);
    cell.setPaddingTop(3f);
    return cell;
  }

  private Paragraph paragraph(VisualLine line) {
    Paragraph paragraph = new Paragraph();
    Font plain = fonts.font(Face.MONO, PdfStyle.CODE, PdfStyle.TEXT);
    paragraph.setFont(plain);
    paragraph.setLeading(PdfStyle.CODE * 1.35f);
    List<Chunk> chunks = new ArrayList<>();
    if (line.continuation()) {
      chunks.addAll(
          fonts.chunks(
              "\u00a0".repeat(line.indent()) + CodeLineWrap.MARKER.replace(' ', '\u00a0'),
              Face.MONO,
              PdfStyle.CODE,
              PdfStyle.MUTED));
    }
    for (CodeToken token : line.tokens()) {
      // Spaces as no-break spaces: OpenPDF would drop them at a line start and may break at them.
      // Each character in the first font that has it: an emoji in a comment prints too.
      chunks.addAll(
          fonts.chunks(
              token.text().replace(' ', '\u00a0'),
              faceOf(token.kind()),
              PdfStyle.CODE,
              colorOf(token.kind())));
    }
    if (chunks.isEmpty()) {
      chunks.add(new Chunk("\u00a0", plain));
    }
    chunks.forEach(paragraph::add);
    return paragraph;
  }

  /** The colours of the token kinds, made once: a code block has many tokens. */
  private static final Map<TokenKind, Color> COLORS = new EnumMap<>(TokenKind.class);

  static {
    for (TokenKind kind : TokenKind.values()) {
      COLORS.put(
          kind, kind == TokenKind.PLAIN ? PdfStyle.TEXT : new Color(Palette.light(kind).rgb()));
    }
  }

  private static Color colorOf(TokenKind kind) {
    return COLORS.get(kind);
  }

  private static Face faceOf(TokenKind kind) {
    Palette.Style style = Palette.light(kind);
    return style.bold() ? Face.MONO_BOLD : style.italic() ? Face.MONO_ITALIC : Face.MONO;
  }
}
