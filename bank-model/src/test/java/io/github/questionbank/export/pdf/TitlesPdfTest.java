package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.ExportRun;
import io.github.questionbank.export.pdf.GlyphColours.ColouredGlyph;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles the author wrote, outside any Markdown, print their emoji like answers do. */
class TitlesPdfTest {

  @TempDir Path project;
  @TempDir Path output;

  @Test
  void anEmojiInASectionOrLessonTitleIsDrawnByTheEmojiFont() throws Exception {
    BankFixture.minimal(project)
        .with(
            "bank.yaml",
            BankFixture.BANK_YAML.replace("title: Advanced", "title: Advanced \u2705")
                + "prerequisites: [\"01\"]\n")
        .with(
            "lessons.yaml",
            BankFixture.LESSONS_YAML.replace("title: First lesson", "title: First \u26a1"))
        .write();

    ExportRun.export(project, output, List.of("pdf", "practice-pdf"));

    for (String file : List.of("mini-bank.pdf", "mini-bank-practice.pdf")) {
      try (PdfReading pdf = new PdfReading(output.resolve(file))) {
        List<ColouredGlyph> glyphs = GlyphColours.of(pdf.document);
        assertThat(glyphs)
            .as(file)
            .filteredOn(g -> g.text().equals("\u2705"))
            .isNotEmpty()
            .allSatisfy(g -> assertThat(g.font()).contains("NotoEmoji"));
      }
    }
    try (PdfReading pdf = new PdfReading(output.resolve("mini-bank.pdf"))) {
      assertThat(GlyphColours.of(pdf.document))
          .filteredOn(g -> g.text().equals("\u26a1"))
          .isNotEmpty()
          .allSatisfy(g -> assertThat(g.font()).contains("NotoEmoji"));
    }
  }
}
