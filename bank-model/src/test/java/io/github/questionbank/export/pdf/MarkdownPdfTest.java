package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.ExportRun;
import io.github.questionbank.testing.BankFixture;
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
  void onlyWebAndMailLinksAreClickableAndHaveTheirAddressPrinted() throws Exception {
    try (PdfReading pdf = export("[web](https://example.com) and [file](file:///etc/passwd)")) {
      // The link's text and its note's address are both clickable.
      assertThat(uris(pdf)).containsExactly("https://example.com", "https://example.com");
      assertThat(readingOrder(pdf)).contains("web1 and file 1 https://example.com Q2");
      assertThat(pdf.text()).doesNotContain("passwd");
    }
  }

  @Test
  void aLinkPrintsItsAddressAsANumberedNoteAfterTheAnswer() throws Exception {
    String docs = "https://www.postgresql.org/docs/current/sql-select.html";
    try (PdfReading pdf =
        export(
            "See the [PostgreSQL docs]("
                + docs
                + "), [write to us](mailto:ops@example.com) or read the [manual]("
                + docs
                + ") again.\n\n| Clause | Manual |\n|---|---|\n| `NOWAIT` | [locking](https://"
                + "example.com/locking) |\n\nThe last paragraph.")) {
      String text = readingOrder(pdf);
      // One address linked twice keeps its number; a mail address prints without mailto:.
      assertThat(text)
          .contains("See the PostgreSQL docs1, write to us2 or read the manual1 again.")
          .contains("NOWAIT locking3")
          .contains(
              "The last paragraph. 1 " + docs + " 2 ops@example.com 3 https://example.com/locking");
      assertThat(text).doesNotContain("mailto");
    }
  }

  @Test
  void aLinkWhoseTextIsItsAddressGetsNoNote() throws Exception {
    try (PdfReading pdf =
        export(
            "<https://auto.example.com>, [example.com](https://example.com/),"
                + " [ops@example.com](mailto:ops@example.com) and https://bare.example.com/x.")) {
      assertThat(readingOrder(pdf))
          .contains(
              "https://auto.example.com, example.com, ops@example.com and"
                  + " https://bare.example.com/x. Q2");
    }
  }

  @Test
  void aLinkInAQuestionPrintsItsAddressInBrackets() throws Exception {
    BankFixture.minimal(project)
        .with(
            BankFixture.WHAT,
            BankFixture.question(
                "what-is-it",
                "LOW",
                "[\"01\"]",
                "What does [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110) say?",
                "It defines HTTP semantics."))
        .write();
    ExportRun.export(project, output, List.of("pdf", "practice-pdf"));
    for (String file : List.of("mini-bank.pdf", "mini-bank-practice.pdf")) {
      try (PdfReading pdf = new PdfReading(output.resolve(file))) {
        assertThat(pdf.text())
            .as(file)
            .contains("What does RFC 9110 (https://www.rfc-editor.org/rfc/rfc9110) say?");
      }
    }
  }

  /** The text as a reader reads it, top to bottom, without the footers. */
  private static String readingOrder(PdfReading pdf) throws Exception {
    return PageWords.of(pdf.document, "Mini Bank").text(1, pdf.pages());
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
