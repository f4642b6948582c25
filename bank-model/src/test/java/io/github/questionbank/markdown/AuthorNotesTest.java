package io.github.questionbank.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** HTML comments are author's notes: out of the tree, so out of every rendering and check. */
class AuthorNotesTest {

  private static final String TEXT =
      String.join(
          "\n",
          "<!-- markdownlint-disable-next-line MD013 -->",
          "Before <!-- note one --> after, $x$ and ![pic](img/a.png).",
          "",
          "<!--",
          "  note two over lines: <b>tags</b>, $\\frac{$, ![gone](img/none.png)",
          "-->",
          "",
          "- item <!-- note three -->",
          "- <!-- note four -->",
          "",
          "`<!-- a code span is no note -->`");

  private static List<Class<?>> kinds(Node root) {
    List<Class<?>> kinds = new ArrayList<>();
    root.getDescendants().forEach(node -> kinds.add(node.getClass()));
    return kinds;
  }

  @Test
  void notesAreNotInTheTreeAndTheRestKeepsItsOffsets() {
    Document tree = Markdown.parse(TEXT);

    assertThat(kinds(tree)).doesNotContain(HtmlCommentBlock.class, HtmlInlineComment.class);
    assertThat(LocalImages.find(tree))
        .singleElement()
        .satisfies(image -> assertThat(image.offset()).isEqualTo(TEXT.indexOf("![pic]")));
    assertThat(MathFormulas.problems(tree)).isEmpty();
    assertThat(UnsafeContent.find(tree)).isEmpty();
  }

  @Test
  void noRenderingPrintsANote() {
    Document tree = Markdown.parse(TEXT);
    String html = HtmlRendering.html(tree);
    String plain = PlainText.of(tree);
    String text = Jsoup.parseBodyFragment(html).text();

    for (String rendered : List.of(html, plain, text, Markdown.plainText(tree))) {
      assertThat(rendered)
          .contains("Before", "after", "item")
          .doesNotContain("note one", "note two", "note three", "note four", "markdownlint");
    }
    for (String rendered : List.of(plain, text, Markdown.plainText(tree))) {
      assertThat(rendered).contains("<!-- a code span is no note -->");
    }
  }

  @Test
  void aNoteBetweenSpacesLeavesOneSpace() {
    Document tree = Markdown.parse("Before <!-- a --> after, <!-- b -->\nthen <!-- c -->\n\nEnd.");

    assertThat(HtmlRendering.html(tree)).startsWith("<p>Before after, then</p>");
    assertThat(PlainText.of(tree)).startsWith("Before after, then");
    assertThat(Markdown.plainText(Markdown.parse("a<!-- b -->c"))).isEqualTo("ac");
  }

  @Test
  void aCommentBlockThatIsNotOnlyNotesStaysAndIsReported() {
    assertThat(UnsafeContent.find(Markdown.parse("A.\n\n<!-- never closed\n\nB.")))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo(
            "an author's note '<!-- never closed' is never closed with '-->', so it hides"
                + " everything after it: close it");
    assertThat(UnsafeContent.find(Markdown.parse("<!-- a --> text after")))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("raw HTML block '<!-- a --> text after': text after the '-->'");
    assertThat(UnsafeContent.find(Markdown.parse("<!-- a --> <!-- b -->\n"))).isEmpty();
  }

  @Test
  void anHtmlBlockWithACommentInsideIsRawHtml() {
    assertThat(UnsafeContent.find(Markdown.parse("<div>\n<!-- c -->\n</div>")))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("raw HTML block '<div>'");
  }

  @Test
  void theLengthOfATextLeavesItsNotesOut() {
    assertThat(AuthorNotes.withoutNotes("a <!-- b c\nd --> e").split("\\s+")).hasSize(2);
    assertThat(AuthorNotes.withoutNotes("no note")).isEqualTo("no note");
  }
}
