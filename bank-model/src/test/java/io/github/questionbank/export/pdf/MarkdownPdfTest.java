package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown constructs in the handout, read back with PDFBox. */
class MarkdownPdfTest {

  @TempDir Path project;
  @TempDir Path output;

  private PdfReading export(String answer) throws Exception {
    return PdfReading.handoutWithAnswer(project, output, answer);
  }

  @Test
  void tablesShowTheirCellsButNotTheDelimiterRow() throws Exception {
    try (PdfReading pdf =
        export("| Method | Safe |\n|--------|------|\n| GET | yes |\n| POST | no |\n")) {
      String text = pdf.text();
      assertThat(text).contains("Method", "Safe", "GET", "yes", "POST", "no");
      assertThat(text).doesNotContain("---");
    }
  }

  @Test
  void autolinksMailLinksAndEntitiesKeepTheirText() throws Exception {
    try (PdfReading pdf =
        export(
            "See <https://auto.example.com> or <ops@example.com>; AT&amp;T &copy; 2024, 5 &lt; 6.")) {
      assertThat(pdf.text())
          .contains("See https://auto.example.com or ops@example.com; AT&T © 2024, 5 < 6.");
      assertThat(uris(pdf)).contains("https://auto.example.com", "mailto:ops@example.com");
    }
  }

  @Test
  void onlyWebAndMailLinksAreClickable() throws Exception {
    try (PdfReading pdf = export("[web](https://example.com) and [file](file:///etc/passwd)")) {
      assertThat(uris(pdf)).containsExactly("https://example.com");
      assertThat(pdf.text()).contains("web and file");
    }
  }

  private static List<String> uris(PdfReading pdf) throws Exception {
    List<String> uris = new ArrayList<>();
    for (PDPage page : pdf.document.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link
            && link.getAction() instanceof PDActionURI uri) {
          uris.add(uri.getURI());
        }
      }
    }
    return uris;
  }
}
