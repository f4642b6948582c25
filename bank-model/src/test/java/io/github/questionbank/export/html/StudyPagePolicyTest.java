package io.github.questionbank.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.markdown.HtmlRendering;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The page allows embedded raster images, and nothing else the cards' allow-list refuses. */
class StudyPagePolicyTest {

  private static final String PNG = "data:image/png;base64,iVBORw0KGgo=";

  private static String page(String html) {
    return StudyPagePolicy.POLICY.sanitize(html);
  }

  /** The image's source as a browser reads it (the sanitizer writes '=' as an entity). */
  private static String source(String html) {
    return Jsoup.parseBodyFragment(html).select("img").attr("src");
  }

  @Test
  void keepsEmbeddedRasterImagesOnImgOnly() {
    assertThat(source(page("<img src=\"" + PNG + "\" alt=\"flow\">"))).isEqualTo(PNG);
    assertThat(page("<img src=\"data:image/webp;base64,UklGRg==\">")).contains("image/webp");
    // Links never take data: URIs, whatever they hold.
    assertThat(page("<a href=\"" + PNG + "\">x</a>")).doesNotContain("data:").doesNotContain("<a");
    assertThat(page("<a href=\" DATA:text/html,x\">x</a>")).doesNotContain("<a");
  }

  @Test
  void refusesEveryOtherImageSource() {
    assertThat(page("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"a\">"))
        .doesNotContain("src");
    assertThat(page("<img src=\"data:text/html;base64,PHNjcmlwdD4=\" alt=\"a\">"))
        .doesNotContain("src");
    assertThat(page("<img src=\"data:image/png,<svg onload=x>\" alt=\"a\">")).doesNotContain("src");
    // The page's CSP would block them anyway, and the page makes no request.
    assertThat(page("<img src=\"https://example.com/a.png\" alt=\"a\">")).doesNotContain("src");
    assertThat(page("<img src=\"img/a.png\" alt=\"a\">")).doesNotContain("src");
  }

  @Test
  void keepsTheCardsRulesForEverythingElse() {
    String html =
        page(
            "<p onclick=\"x()\" style=\"color:red\">a <a href=\"https://example.com\">b</a>"
                + " <a href=\"javascript:alert(1)\">c</a></p><script>alert(1)</script>"
                + "<pre><code class=\"language-java\">int x;</code></pre>");
    assertThat(html)
        .doesNotContain("onclick", "style", "javascript", "<script")
        .contains("href=\"https://example.com\"")
        .contains("rel=\"noopener noreferrer\"")
        .contains("<code class=\"language-java\">");
  }

  @Test
  void movesAnswerHeadingsBelowTheQuestionsH3() {
    assertThat(page("<h1>a</h1><h2>b</h2><h3>c</h3><h6>d</h6>"))
        .isEqualTo("<h4>a</h4><h5>b</h5><h6>c</h6><h6>d</h6>");
  }

  @Test
  void theCardsPolicyStillRefusesDataImages() {
    assertThat(HtmlRendering.sanitize("<img src=\"" + PNG + "\" alt=\"flow\">"))
        .doesNotContain("data:");
    assertThat(HtmlRendering.sanitize("<h1>a</h1>")).isEqualTo("<h1>a</h1>");
  }
}
