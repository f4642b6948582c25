package io.github.questionbank.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.misc.CharPredicate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An HTML comment in Markdown ({@code <!-- TODO: add the index case -->}, markdownlint's {@code
 * <!-- markdownlint-disable-next-line MD013 -->}) is an author's note: it is taken out of the tree
 * as soon as a text is parsed, so no rule reads it and no format prints it. A comment block that is
 * not only notes (one never closed, or with text after its {@code -->}) stays in the tree, and
 * {@link UnsafeContent} reports it: an unclosed note would hide the rest of the answer.
 */
public final class AuthorNotes {

  private static final Pattern NOTE = Pattern.compile("<!--[\\s\\S]*?-->");

  private AuthorNotes() {}

  /** Takes the notes out of a freshly parsed tree; the other nodes keep their offsets. */
  static void remove(Node root) {
    List<Node> notes = new ArrayList<>();
    for (Node node : root.getDescendants()) {
      if (node instanceof HtmlInlineComment
          || (node instanceof HtmlCommentBlock && onlyNotes(node.getChars()))) {
        notes.add(node);
      }
    }
    for (Node note : notes) {
      Node before = note.getPrevious();
      Node after = note.getNext();
      note.unlink();
      if (note instanceof HtmlInlineComment && before instanceof Text text && spaceAfter(after)) {
        // "once. <!-- note -->" then a line break would print "once." and two spaces.
        text.setChars(text.getChars().trimEnd(CharPredicate.SPACE_TAB));
      }
    }
  }

  /** Whether what follows a note starts with a space or a line break, or ends its paragraph. */
  private static boolean spaceAfter(Node after) {
    return after == null
        || after instanceof SoftLineBreak
        || after instanceof HardLineBreak
        || (after instanceof Text text
            && !text.getChars().isEmpty()
            && CharPredicate.SPACE_TAB.test(text.getChars().charAt(0)));
  }

  /** Whether a comment block is nothing but closed comments and blanks. */
  static boolean onlyNotes(CharSequence block) {
    return NOTE.matcher(block).replaceAll("").isBlank();
  }

  /** Whether a comment block is one never closed: it runs to the end of the text. */
  static boolean unclosed(CharSequence block) {
    String text = block.toString();
    return text.lastIndexOf("-->") < text.lastIndexOf("<!--");
  }

  /**
   * A text without its notes, as a rough measure of its length: a comment written inside a code
   * span is removed too, which only matters to an estimate.
   */
  public static String withoutNotes(String text) {
    return text.contains("<!--") ? NOTE.matcher(text).replaceAll(" ") : text;
  }
}
