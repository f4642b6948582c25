package io.github.questionbank.check;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.questionbank.glyph.Glyphs;
import io.github.questionbank.markdown.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The characters of a Markdown text that the PDF would print as blanks ({@link Glyphs}): in the
 * text it draws (paragraphs, headings, table cells, link texts, code spans and blocks, entities),
 * not in what it leaves out (image descriptions, HTML comments). Each character once, at its first
 * offset in the text.
 */
public final class UnprintableCharacters {

  private UnprintableCharacters() {}

  public static List<Finding> find(String text, Node tree) {
    if (allPrintable(text)) {
      return List.of(); // nearly every text: no tree walk
    }
    List<Finding> found = new ArrayList<>();
    walk(tree, found, new HashSet<>());
    found.sort(java.util.Comparator.comparingInt(Finding::offset));
    return List.copyOf(found);
  }

  /**
   * The unprintable characters of a text that is not Markdown (a title), each once, with their
   * offsets.
   */
  public static List<Finding> inPlainText(String text) {
    if (allPrintable(text)) {
      return List.of();
    }
    List<Finding> found = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int codePoint = text.codePointAt(i);
      if (!Glyphs.printable(codePoint)) {
        report(codePoint, i, found, seen);
      }
    }
    return List.copyOf(found);
  }

  private static boolean allPrintable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        int codePoint = text.codePointAt(i);
        if (!Glyphs.printable(codePoint)) {
          return false;
        }
        i += Character.charCount(codePoint) - 1;
      }
    }
    return true;
  }

  private static void walk(Node parent, List<Finding> found, Set<Integer> seen) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Image) {
        continue; // its description prints only if the image cannot be read
      }
      if (node instanceof Text || node instanceof AutoLink || node instanceof MailLink) {
        scan(node.getChars(), found, seen);
      } else if (node instanceof Code code) {
        scan(code.getText(), found, seen);
      } else if (node instanceof FencedCodeBlock fenced) {
        scan(fenced.getContentChars(), found, seen);
      } else if (node instanceof IndentedCodeBlock indented) {
        scan(indented.getContentChars(), found, seen);
      } else if (node instanceof HtmlEntity entity) {
        String decoded = entity.getChars().unescape();
        decoded
            .codePoints()
            .filter(c -> !Glyphs.printable(c))
            .forEach(c -> report(c, entity.getStartOffset(), found, seen));
      } else {
        walk(node, found, seen);
      }
    }
  }

  private static void scan(BasedSequence chars, List<Finding> found, Set<Integer> seen) {
    for (int i = 0; i < chars.length(); i++) {
      if (chars.charAt(i) < 0x80) {
        continue;
      }
      int codePoint = Character.codePointAt(chars, i);
      if (!Glyphs.printable(codePoint)) {
        report(codePoint, chars.getIndexOffset(i), found, seen);
      }
      i += Character.charCount(codePoint) - 1;
    }
  }

  private static void report(int codePoint, int offset, List<Finding> found, Set<Integer> seen) {
    if (seen.add(codePoint)) {
      found.add(new Finding(offset, message(codePoint)));
    }
  }

  /** The warning for a character, the same wherever it is. */
  static String message(int codePoint) {
    return String.format(
        Locale.ROOT,
        "character '%s' (U+%04X) is in no embedded font and prints as a blank in the PDF: replace"
            + " it",
        new String(Character.toChars(codePoint)),
        codePoint);
  }
}
