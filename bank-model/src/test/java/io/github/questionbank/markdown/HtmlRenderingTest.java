package io.github.questionbank.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlRenderingTest {

  @Test
  void aFencedBlockInAKnownLanguageCarriesATokenClassPerColouredToken() {
    String html =
        HtmlRendering.html(Markdown.parse("```java\n// say hi\nString s = \"<hi>\";\n```\n"));

    Document page = Jsoup.parseBodyFragment(html);
    assertThat(page.select("pre > code.language-java")).hasSize(1);
    assertThat(page.select("span.tok-comment").text()).isEqualTo("// say hi");
    assertThat(page.select("span.tok-string").text()).isEqualTo("\"<hi>\"");
    assertThat(page.select("code").text()).isEqualTo("// say hi\nString s = \"<hi>\";");
    assertThat(html).contains("&lt;hi&gt;");
  }

  @Test
  void aBlockInNoKnownLanguageIsRenderedAsBefore() {
    assertThat(HtmlRendering.html(Markdown.parse("```mermaid\ngraph TD\n```\n")))
        .isEqualTo("<pre><code class=\"language-mermaid\">graph TD\n</code></pre>\n");
    assertThat(HtmlRendering.html(Markdown.parse("```\nplain <b>\n```\n")))
        .isEqualTo("<pre><code>plain &lt;b&gt;\n</code></pre>\n");
  }

  @Test
  void anAuthorCannotSmuggleASpanOrAnotherClassThroughTheAllowList() {
    String sanitized =
        HtmlRendering.sanitize(
            "<span class=\"tok-keyword\">a</span><span class=\"evil\">b</span>"
                + "<span style=\"color:red\">c</span><p class=\"tok-keyword\">d</p>");

    assertThat(sanitized).isEqualTo("<span class=\"tok-keyword\">a</span>bc<p>d</p>");
  }

  /**
   * Anki's Browse search matches the stored HTML: a character HTML does not need escaped stays as
   * it is, so that {@code doesn't} or {@code N+1} finds the answer that says it.
   */
  @Test
  void charactersHtmlDoesNotNeedStayPlain() {
    String html =
        HtmlRendering.html(
            Markdown.parse(
                "It doesn't say \"quoted\": N+1 queries, a = b, mail x@y, `tick` {{ braces }} "
                    + "\u00e9 \ud83d\ude00 \uff1c"));

    assertThat(html)
        .isEqualTo(
            "<p>It doesn't say \"quoted\": N+1 queries, a = b, mail x@y, <code>tick</code>"
                + " {{ braces }} \u00e9 \ud83d\ude00 \uff1c</p>\n");
    assertThat(HtmlRendering.inlineHtml(Markdown.parse("Isn't `a+b` = \"c\"?")))
        .isEqualTo("Isn't <code>a+b</code> = \"c\"?");
  }

  @Test
  void lessThanGreaterThanAndAmpersandStayEscapedInTextAndCode() {
    assertThat(HtmlRendering.html(Markdown.parse("1 < 2 > 0 & `<b> & </b>`")))
        .isEqualTo("<p>1 &lt; 2 &gt; 0 &amp; <code>&lt;b&gt; &amp; &lt;/b&gt;</code></p>\n");
    // An entity the author wrote is text, and stays text.
    assertThat(HtmlRendering.html(Markdown.parse("`&#39;` and \\&amp;")))
        .isEqualTo("<p><code>&amp;#39;</code> and &amp;amp;</p>\n");
  }

  @Test
  void aQuoteInsideAnAttributeStaysEscaped() {
    String html =
        HtmlRendering.html(
            Markdown.parse(
                "[it's \"here\"](https://example.com/?a=1&b='2' \"say \\\"hi\\\" & <go>\")"
                    + " ![a \"b\" c](img/x.png \"d'e\")"));

    assertThat(html)
        .isEqualTo(
            "<p><a href=\"https://example.com/?a=1&amp;b='2'\""
                + " title=\"say &quot;hi&quot; &amp; &lt;go&gt;\" rel=\"noopener noreferrer\">"
                + "it's \"here\"</a> <img src=\"img/x.png\" alt=\"a &quot;b&quot; c\""
                + " title=\"d'e\" /></p>\n");
    // What a browser reads back: the same values.
    Document page = Jsoup.parseBodyFragment(html);
    assertThat(page.select("a").attr("title")).isEqualTo("say \"hi\" & <go>");
    assertThat(page.select("a").attr("href")).isEqualTo("https://example.com/?a=1&b='2'");
    assertThat(page.select("img").attr("alt")).isEqualTo("a \"b\" c");
  }
}
