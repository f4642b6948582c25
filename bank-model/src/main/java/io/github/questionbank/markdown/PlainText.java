package io.github.questionbank.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Markdown as readable plain text, for a spreadsheet cell: paragraphs separated by blank lines,
 * numbered and bulleted list items on their own lines (continuations indented under them), block
 * quotes with {@code > }, table rows with {@code |} between cells, code as it is, links with their
 * address, formulas as their TeX source. Escapes and entities are resolved ({@code \*} and {@code
 * &amp;} read as {@code *} and {@code &}). The tree is only read, never changed.
 */
public final class PlainText {

  private final StringBuilder out = new StringBuilder();
  private final boolean markCode;

  private PlainText(boolean markCode) {
    this.markCode = markCode;
  }

  public static String of(Node node) {
    PlainText text = new PlainText(false);
    text.visitChildren(node, "");
    return normalized(text.out);
  }

  /**
   * {@link #of}, and where its code is (code blocks and code spans), for an output that sets code
   * in a monospace font.
   */
  public static StyledText styled(Node node) {
    PlainText text = new PlainText(true);
    text.visitChildren(node, "");
    return StyledText.fromMarked(normalized(text.out));
  }

  private static String normalized(CharSequence text) {
    return text.toString().strip().replaceAll("\n{3,}", "\n\n");
  }

  private String code(String code) {
    return markCode ? StyledText.CODE_START + code + StyledText.CODE_END : code;
  }

  private void visitChildren(Node parent, String indent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      visit(child, indent);
    }
  }

  private void visit(Node node, String indent) {
    if (node instanceof Paragraph || node instanceof Heading) {
      startBlock(indent);
      lines(inline(node), indent, indent);
    } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
      startBlock(indent);
      // The content, without the fences or the four spaces that make an indented block.
      String code =
          node instanceof FencedCodeBlock fenced
              ? fenced.getContentChars().toString()
              : ((IndentedCodeBlock) node).getContentChars().toString();
      for (String line : code.stripTrailing().split("\n", -1)) {
        String kept = line.stripTrailing();
        out.append(indent).append(kept.isEmpty() ? "" : code(kept)).append('\n');
      }
    } else if (node instanceof BulletList || node instanceof OrderedList) {
      startBlock(indent);
      int number = node instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
      for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
        String marker = node instanceof OrderedList ? (number++) + ". " : "- ";
        listItem((ListItem) item, indent, marker);
      }
    } else if (node instanceof BlockQuote) {
      startBlock(indent);
      visitChildren(node, indent + "> ");
    } else if (node instanceof ThematicBreak) {
      startBlock(indent);
      out.append(indent).append("---\n");
    } else if (node instanceof TableBlock) {
      startBlock(indent);
      visitChildren(node, indent);
    } else if (node instanceof TableSeparator) {
      // The |---|---| line under the header: nothing a reader needs.
    } else if (node instanceof TableRow) {
      StringBuilder row = new StringBuilder();
      for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
        if (cell instanceof TableCell) {
          if (row.length() > 0) {
            row.append(" | ");
          }
          row.append(inline(cell).strip());
        }
      }
      out.append(indent).append(row).append('\n');
    } else {
      visitChildren(node, indent);
    }
  }

  private void listItem(ListItem item, String indent, String marker) {
    out.append(indent).append(marker);
    String inner = indent + " ".repeat(marker.length());
    boolean first = true;
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (first && child instanceof Paragraph) {
        lines(inline(child), "", inner);
      } else {
        if (first) {
          out.append('\n');
        }
        visit(child, inner);
      }
      first = false;
    }
    if (item instanceof OrderedListItem && item.getFirstChild() == null) {
      out.append('\n');
    }
  }

  /** Appends text line by line: the first after {@code first}, the others after {@code indent}. */
  private void lines(String text, String first, String indent) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(i == 0 ? first : indent).append(lines[i]).append('\n');
    }
  }

  private String inline(Node block) {
    StringBuilder text = new StringBuilder();
    inline(block, text);
    return text.toString();
  }

  private void inline(Node parent, StringBuilder text) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text || node instanceof HtmlEntity) {
        text.append(node.getChars().unescape());
      } else if (node instanceof Code code) {
        // A code span's line endings are spaces (CommonMark 6.1).
        text.append(code(code.getText().toString().replace('\n', ' ')));
      } else if (node instanceof MathNode math) {
        // A formula reads best as the TeX its author wrote, delimiters included.
        text.append(math.source());
      } else if (node instanceof SoftLineBreak) {
        text.append(' ');
      } else if (node instanceof HardLineBreak) {
        text.append('\n');
      } else if (node instanceof DelimitedLinkNode autolink) {
        // <https://example.com> and <name@example.com>: the address is the text.
        text.append(autolink.getText());
      } else if (node instanceof Link link) {
        linked(link, link.getUrl().toString(), text);
      } else if (node instanceof LinkRef ref) {
        Reference reference = ref.isDefined() ? ref.getReferenceNode(ref.getDocument()) : null;
        if (reference != null) {
          linked(ref, reference.getUrl().toString(), text);
        } else {
          // Not a link at all (a "[ ]" or "[note]" in prose): CommonMark shows it as written.
          text.append(node.getChars().unescape());
        }
      } else if (node instanceof Image image) {
        image(image.getText().toString(), image.getUrl().toString(), text);
      } else if (node instanceof ImageRef image) {
        image(image.getText().toString(), image.getReference().toString(), text);
      } else {
        inline(node, text);
      }
    }
  }

  private void linked(Node link, String url, StringBuilder text) {
    int start = text.length();
    inline(link, text);
    if (!url.isEmpty() && !text.substring(start).equals(url)) {
      text.append(" (").append(url).append(')');
    }
  }

  private static void image(String alt, String url, StringBuilder text) {
    text.append("[image: ").append(alt.isEmpty() ? url : alt).append(']');
  }

  /** Separates top-level blocks by a blank line. */
  private void startBlock(String indent) {
    int length = out.length();
    // Looks at the last two characters only: toString() here would copy the text for every block.
    boolean separated =
        length == 0
            || (length >= 2 && out.charAt(length - 1) == '\n' && out.charAt(length - 2) == '\n');
    if (!separated && indent.isEmpty()) {
      out.append('\n');
    }
  }
}
