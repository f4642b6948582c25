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
}
