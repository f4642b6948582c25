package io.github.questionbank.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import io.github.questionbank.highlight.CodeToken;
import io.github.questionbank.highlight.HighlightedCode;
import io.github.questionbank.highlight.Highlighter;
import io.github.questionbank.highlight.TokenKind;
import java.util.List;
import java.util.Set;

/**
 * Renders a fenced code block whose language is known as {@code <pre><code class="language-x">}
 * with a {@code <span class="tok-...">} around every coloured token; the outputs' style sheets
 * colour the classes ({@link io.github.questionbank.highlight.Palette}). A block in no known
 * language is left to flexmark's own renderer, so it comes out as before.
 */
final class HighlightedCodeRenderer implements NodeRenderer {

  static final NodeRendererFactory FACTORY = options -> new HighlightedCodeRenderer();

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
  }

  private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
    String info = block.getInfo().toString();
    if (!Highlighter.knows(info)) {
      context.delegateRender();
      return;
    }
    String language = info.strip().split("\\s+", 2)[0];
    HighlightedCode code =
        Highlighter.highlight(info, block.getContentChars().normalizeEOL().toString());
    StringBuilder out = new StringBuilder("<pre><code class=\"language-");
    out.append(HtmlRendering.escapeText(language)).append("\">");
    for (List<CodeToken> line : code.lines()) {
      for (CodeToken token : line) {
        String text = HtmlRendering.escapeText(token.text());
        if (token.kind() == TokenKind.PLAIN) {
          out.append(text);
        } else {
          out.append("<span class=\"")
              .append(token.kind().cssClass())
              .append("\">")
              .append(text)
              .append("</span>");
        }
      }
      out.append('\n');
    }
    out.append("</code></pre>");
    html.line().raw(out).line();
  }
}
