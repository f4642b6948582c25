package io.github.questionbank.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Math in the bank's Markdown ({@link MathParser}), and its HTML: a {@code span} of class {@code
 * math math-inline} or {@code math math-display} holding the TeX between {@code \(...\)} or {@code
 * \[...\]}, the delimiters Anki's MathJax typesets; the study page typesets the same spans with
 * KaTeX. The TeX is HTML-escaped like any text.
 */
final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

  /** The class of an inline formula's span. */
  static final String INLINE_CLASS = "math math-inline";

  /** The class of a displayed formula's span. */
  static final String DISPLAY_CLASS = "math math-display";

  private MathExtension() {}

  static MathExtension create() {
    return new MathExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder parser) {
    parser.customInlineParserExtensionFactory(new MathParser.Factory());
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder renderer, String rendererType) {
    renderer.nodeRendererFactory(options -> new Html());
  }

  /** Writes a formula as a span of TeX in MathJax's delimiters. */
  private static final class Html implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(MathNode.class, Html::render));
    }

    private static void render(MathNode math, NodeRendererContext context, HtmlWriter html) {
      boolean display = math.isDisplay();
      html.attr("class", display ? DISPLAY_CLASS : INLINE_CLASS).withAttr().tag("span");
      html.text(display ? "\\[" + math.tex() + "\\]" : "\\(" + math.tex() + "\\)");
      html.tag("/span");
    }
  }
}
