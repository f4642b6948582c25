package io.github.questionbank.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one Markdown dialect of the bank: CommonMark with GitHub tables and TeX math ({@link
 * MathNode}). Every check and every exporter parses through here, so they all see the same tree.
 */
public final class Markdown {

  private static final Parser PARSER =
      Parser.builder(
              new MutableDataSet()
                  .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), MathExtension.create()))
                  // GitHub's table rules: a header row, then the delimiter row; no column spans.
                  .set(TablesExtension.COLUMN_SPANS, false)
                  .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                  .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                  .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                  .toImmutable())
          .build();

  private Markdown() {}

  /**
   * Parses Markdown into flexmark's tree, without the {@link AuthorNotes author's notes}; node
   * offsets are offsets into {@code text}.
   */
  public static Document parse(String text) {
    Document document = PARSER.parse(text);
    AuthorNotes.remove(document);
    return document;
  }

  /** The words a reader sees, without Markdown syntax. */
  public static String plainText(Node node) {
    return new TextCollectingVisitor().collectAndGetText(node);
  }
}
