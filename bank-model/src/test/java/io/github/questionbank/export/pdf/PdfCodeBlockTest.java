package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.pdf.GlyphColours.ColouredGlyph;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code blocks in the handout, read back with PDFBox: colours, fonts, wrapped lines. */
class PdfCodeBlockTest {

  @TempDir Path project;
  @TempDir Path output;

  private PdfReading export(String answer) throws Exception {
    return PdfReading.handoutWithAnswer(project, output, answer);
  }

  @Test
  void aBlockInAKnownLanguageIsColouredKeywordsBoldCommentsItalic() throws Exception {
    try (PdfReading pdf = export("Code:\n\n```java\n// count\nreturn \"done\";\n```\n")) {
      List<ColouredGlyph> glyphs = GlyphColours.of(pdf.document);

      assertThat(run(glyphs, "return"))
          .allSatisfy(
              g -> {
                assertThat(g.rgb()).isEqualTo(0xcf222e);
                assertThat(g.font()).contains("LiberationMono-Bold");
              });
      assertThat(run(glyphs, "\"done\"")).allSatisfy(g -> assertThat(g.rgb()).isEqualTo(0x0a3069));
      assertThat(run(glyphs, "// count"))
          .allSatisfy(
              g -> {
                assertThat(g.rgb()).isEqualTo(0x57606a);
                assertThat(g.font()).contains("LiberationMono-Italic");
              });
    }
  }

  @Test
  void aBlockInNoKnownLanguageIsPlainText() throws Exception {
    try (PdfReading pdf = export("Code:\n\n```\nreturn \"done\";\n```\n")) {
      assertThat(run(GlyphColours.of(pdf.document), "return"))
          .allSatisfy(g -> assertThat(g.rgb()).isEqualTo(0x212121));
    }
  }

  @Test
  void aLongLineIsWrappedWithItsIndentationAndAMarkNotAtAHyphen() throws Exception {
    String url =
        "jdbc:postgresql://db-primary.internal-prod.example.com:5432/orders?ssl=true&application-name=orders-service&socket-timeout=30";
    try (PdfReading pdf = export("Code:\n\n```java\n    String url = \"" + url + "\";\n```\n")) {
      List<String> lines =
          new PDFTextStripper()
              .getText(pdf.document)
              .replace('\u00a0', ' ')
              .lines()
              .map(String::strip)
              .toList();
      int first = indexOfLineStartingWith(lines, "String url");

      assertThat(lines.get(first)).doesNotEndWith("-");
      assertThat(lines.get(first + 1)).startsWith(CodeLineWrap.MARKER.strip());
      String joined =
          lines.get(first) + lines.get(first + 1).substring(CodeLineWrap.MARKER.length());
      assertThat(joined.replace(" ", ""))
          .startsWith(("String url = \"" + url).replace(" ", "").substring(0, 60));
    }
  }

  private static int indexOfLineStartingWith(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + start + ": " + lines);
  }

  /** The glyphs of the first place {@code text} is drawn. */
  private static List<ColouredGlyph> run(List<ColouredGlyph> glyphs, String text) {
    String all =
        glyphs.stream()
            .map(ColouredGlyph::text)
            .collect(Collectors.joining())
            .replace('\u00a0', ' ');
    int at = all.indexOf(text);
    assertThat(at).as("'%s' is drawn", text).isNotNegative();
    return glyphs.subList(at, at + text.length()).stream()
        .filter(g -> !g.text().isBlank())
        .toList();
  }
}
