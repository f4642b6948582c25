package io.github.questionbank.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to HTML that is safe to put on an Anki card or a web page: flexmark renders the tree
 * (escaping any raw HTML), then an allow-list sanitizer keeps only the elements and attributes
 * Markdown produces. Links may only be http or https; images only relative paths. Characters are
 * written as themselves wherever HTML allows it ({@link MinimalHtmlWriter}): Anki searches the
 * stored HTML.
 */
public final class HtmlRendering {

  private static final DataHolder OPTIONS =
      new MutableDataSet()
          .set(HtmlRenderer.ESCAPE_HTML, true)
          .set(HtmlRenderer.SOFT_BREAK, " ")
          .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), MathExtension.create()))
          .toImmutable();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder(OPTIONS).nodeRendererFactory(HighlightedCodeRenderer.FACTORY).build();

  private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+-]{1,40}");
  private static final Pattern ALIGN = Pattern.compile("left|right|center");

  /**
   * The classes a span may have: one token class of highlighted code (see HighlightedCodeRenderer),
   * or one of a formula's two (see MathExtension). One pattern: two rules for one attribute would
   * both have to pass.
   */
  private static final Pattern SPAN_CLASS =
      Pattern.compile(
          "tok-[a-z]{1,20}|"
              + Pattern.quote(MathExtension.INLINE_CLASS)
              + "|"
              + Pattern.quote(MathExtension.DISPLAY_CLASS));

  /** What a card may contain: the elements CommonMark and GitHub tables produce, nothing else. */
  public static final PolicyFactory POLICY = allowList().toFactory();

  private HtmlRendering() {}

  /**
   * A fresh builder holding the allow-list of {@link #POLICY}, for an output that must allow a
   * little more (the study page's embedded images). Attribute rules added to it join the ones here:
   * a value must pass both, so an extension can narrow an attribute but never widen it past this.
   */
  public static HtmlPolicyBuilder allowList() {
    return new HtmlPolicyBuilder()
        .allowElements(
            "p",
            "br",
            "hr",
            "strong",
            "em",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "a",
            "img",
            "span")
        .allowAttributes("class")
        .matching(LANGUAGE_CLASS)
        .onElements("code")
        // Highlighted code's tokens, and a formula's TeX (for Anki's MathJax and the study page's
        // KaTeX): a span of one class.
        .allowAttributes("class")
        .matching(SPAN_CLASS)
        .onElements("span")
        .allowAttributes("start")
        .matching(Pattern.compile("[0-9]{1,6}"))
        .onElements("ol")
        .allowAttributes("align")
        .matching(ALIGN)
        .onElements("th", "td")
        .allowAttributes("href")
        .onElements("a")
        .allowAttributes("src", "alt", "title")
        .onElements("img")
        .allowAttributes("title")
        .onElements("a")
        .allowUrlProtocols("http", "https")
        .requireRelsOnLinks("noopener", "noreferrer");
  }

  /** The tree as sanitized HTML. */
  public static String html(Node node) {
    return sanitize(unsanitized(node), POLICY);
  }

  /** What flexmark writes for the tree, before the sanitizer sees it. */
  static String unsanitized(Node node) {
    return RENDERER.render(node);
  }

  /**
   * The tree as sanitized HTML, with every image's destination replaced by {@code imageSource}'s
   * answer (the destination as written, Markdown escapes removed). The rewrite happens while
   * rendering, so the shared tree is left as it was; the sanitizer still checks the result.
   */
  public static String html(Node node, UnaryOperator<String> imageSource) {
    return html(node, imageSource, POLICY);
  }

  /** {@link #html(Node, UnaryOperator)}, sanitized with another policy than the cards' one. */
  public static String html(Node node, UnaryOperator<String> imageSource, PolicyFactory policy) {
    return sanitize(imageRenderer(imageSource).render(node), policy);
  }

  /** Inline Markdown (a question) as sanitized HTML, without the enclosing paragraph. */
  public static String inlineHtml(Node node) {
    return unwrapParagraph(html(node));
  }

  /**
   * {@link #inlineHtml(Node)} with image destinations rewritten as {@link #html(Node,
   * UnaryOperator)} does.
   */
  public static String inlineHtml(Node node, UnaryOperator<String> imageSource) {
    return unwrapParagraph(html(node, imageSource));
  }

  /** {@link #inlineHtml(Node, UnaryOperator)}, sanitized with another policy. */
  public static String inlineHtml(
      Node node, UnaryOperator<String> imageSource, PolicyFactory policy) {
    return unwrapParagraph(html(node, imageSource, policy));
  }

  private static String unwrapParagraph(String sanitized) {
    String html = sanitized.strip();
    if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
      html = html.substring(3, html.length() - 4);
    }
    return html;
  }

  /**
   * Plain text as an element's content: {@code & < >} become entities and every other character
   * stays as it is (control characters that HTML forbids are dropped). For the fields of an Anki
   * note, whose stored text Anki's search matches.
   */
  public static String escapeContent(String text) {
    return MinimalHtmlWriter.content(text);
  }

  /**
   * Plain text as HTML, for an element's content or a quoted attribute value: {@code & < > " '}
   * become entities (commons-text's XML escaping, whose five entities HTML5 knows too); every other
   * character, non-ASCII included, stays as it is, and control characters that HTML forbids are
   * dropped.
   */
  public static String escapeText(String text) {
    return StringEscapeUtils.escapeXml10(text);
  }

  /**
   * HTML as the cards' policy lets it through, written by {@link #sanitize(String, PolicyFactory)}.
   */
  public static String sanitize(String html) {
    return sanitize(html, POLICY);
  }

  /**
   * HTML as {@code policy} lets it through, with plain characters wherever HTML allows them ({@link
   * MinimalHtmlWriter}): what {@code policy.sanitize(html)} keeps, written without its renderer's
   * extra character references. {@code PolicyFactory.sanitize} would also run the policy's
   * preprocessors; our policies have none ({@code HtmlPolicyBuilder.withPreprocessor} is never
   * called).
   */
  public static String sanitize(String html, PolicyFactory policy) {
    StringBuilder out = new StringBuilder(html.length());
    HtmlSanitizer.sanitize(html, policy.apply(new MinimalHtmlWriter(out)));
    return out.toString();
  }

  /** A renderer for one rewrite; links other than images keep their destination. */
  private static HtmlRenderer imageRenderer(UnaryOperator<String> imageSource) {
    return HtmlRenderer.builder(OPTIONS)
        .nodeRendererFactory(HighlightedCodeRenderer.FACTORY)
        .linkResolverFactory(
            new IndependentLinkResolverFactory() {
              @Override
              public LinkResolver apply(LinkResolverBasicContext context) {
                return (node, basicContext, link) ->
                    link.getLinkType() == LinkType.IMAGE
                        ? link.withUrl(imageSource.apply(link.getUrl()))
                            .withStatus(LinkStatus.VALID)
                        : link;
              }
            })
        .build();
  }
}
