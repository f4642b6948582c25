package io.github.questionbank.export.anki;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.markdown.HtmlRendering;
import io.github.questionbank.markdown.Markdown;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Anki cards run scripts, so whatever reaches them passes the allow-list sanitizer, even HTML that
 * validation would have refused and image sources an exporter made up.
 */
class AnkiHtmlSafetyTest {

  @Test
  void sanitizerNeutralisesScriptsHandlersAndScriptLinks() {
    String html =
        HtmlRendering.sanitize(
            "<p onclick=\"steal()\">text</p>"
                + "<a href=\"javascript:alert(1)\">bad link</a>"
                + "<a href=\"JaVaScRiPt&#58;alert(2)\">encoded link</a>"
                + "<img src=\"x.png\" onerror=\"alert(3)\">"
                + "<script>alert(4)</script>"
                + "<a href=\"https://example.com/\">good link</a>");

    assertThat(html.toLowerCase(Locale.ROOT))
        .doesNotContain("javascript", "onclick", "onerror", "<script", "alert(");
    assertThat(html)
        .contains("<p>text</p>", "bad link", "<img src=\"x.png\" />")
        .contains("<a href=\"https://example.com/\" rel=\"noopener noreferrer\">good link</a>");
  }

  @Test
  void markdownWithRawHtmlAndScriptLinksRendersHarmless() {
    String html =
        HtmlRendering.html(
            Markdown.parse(
                "[click](javascript:alert(1)) <img src=x onerror=alert(2)>\n\n"
                    + "![pic](data:image/png;base64,AAAA)"));

    // The raw tag is text; the data: image keeps its alt text and loses its source.
    assertThat(html).doesNotContain("javascript:", "<a", "<img src", "data:");
    assertThat(html)
        .contains("<p>click &lt;img src=x onerror=alert(2)&gt;</p>", "<img alt=\"pic\" />");
    Document page = Jsoup.parseBodyFragment(html);
    assertThat(page.body().text()).isEqualTo("click <img src=x onerror=alert(2)>");
    assertThat(page.body().select("[onerror], [src], a")).isEmpty();
  }

  @Test
  void imageSourcesAreRewrittenWithoutTouchingLinksOrTheTree() {
    var document =
        Markdown.parse("![a](a.png) [a link](a.png)\n\n| t |\n|---|\n| ![b](dir/b.png) |");

    String rewritten = HtmlRendering.html(document, source -> "flat-" + source.replace('/', '-'));

    assertThat(rewritten)
        .contains("<img src=\"flat-a.png\" alt=\"a\" />")
        .contains("<img src=\"flat-dir-b.png\" alt=\"b\" />")
        .contains("<a href=\"a.png\"");
    assertThat(HtmlRendering.html(document))
        .contains("<img src=\"a.png\"", "<img src=\"dir/b.png\"");
    assertThat(HtmlRendering.inlineHtml(Markdown.parse("Is ![i](i.png) it?"), s -> "x-" + s))
        .isEqualTo("Is <img src=\"x-i.png\" alt=\"i\" /> it?");
  }

  @Test
  void aRewrittenSourceStillPassesTheSanitizer() {
    String html =
        HtmlRendering.html(Markdown.parse("![a](a.png)"), source -> "javascript:alert(1)");

    assertThat(html).doesNotContain("javascript");
  }
}
