package io.github.questionbank.export.anki;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.markdown.HtmlRendering;
import io.github.questionbank.markdown.Markdown;
import org.junit.jupiter.api.Test;

class InlineCodeColoursTest {

  @Test
  void everyTokenClassBecomesItsColourAsAnInlineStyle() {
    String html = HtmlRendering.html(Markdown.parse("```sql\nSELECT 1 -- one\n```\n"));

    String inline = InlineCodeColours.of(html);

    assertThat(inline)
        .doesNotContain("class=\"tok-")
        .startsWith(InlineCodeColours.CODE_BOX + "<code class=\"language-sql\">")
        .contains("<span style=\"color:#cf222e;font-weight:bold\">SELECT</span>")
        .contains("<span style=\"color:#57606a;font-style:italic\">-- one</span>");
  }

  @Test
  void theNoteTypeColoursTheClassesByDayAndAtNight() {
    assertThat(CardStyle.css())
        .contains(".tok-keyword { color:#cf222e;font-weight:bold; }")
        .contains(".nightMode .tok-keyword, .night_mode .tok-keyword { color:#ff7b72; }");
  }

  @Test
  void htmlWithoutACodeBlockIsLeftAsItIs() {
    String html = "<p>a <code>span</code> and <span class=\"other\">x</span></p>";

    assertThat(InlineCodeColours.of(html)).isSameAs(html);
  }
}
