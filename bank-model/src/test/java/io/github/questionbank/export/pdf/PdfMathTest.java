package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.ExportRun;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.MathBank;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formulas in the handouts: typeset as drawings, never printed as their TeX. */
class PdfMathTest {

  @TempDir static Path output;
  @TempDir Path project;
  @TempDir Path otherOutput;

  @BeforeAll
  static void export() throws Exception {
    ExportRun.export(MathBank.PROJECT, output, List.of("pdf", "practice-pdf"));
  }

  @Test
  void formulasAreDrawnAsFormsWhereTheirTexWouldBe() throws Exception {
    try (PdfReading pdf = new PdfReading(output.resolve("math-bank.pdf"))) {
      String text = pdf.text();
      // The prose and the money around the formulas print as text...
      assertThat(text)
          .contains("Each level of the recursion merges", "elements in linear time")
          .contains("costs $5 and $10 an hour, or $3.50 on sale");
      // ...the formulas do not: no TeX, no delimiter.
      assertThat(text).doesNotContain("\\log", "\\frac", "\\sum", "$n$", "\\(", "\\[", "$$\n");
      assertThat(formsOnPages(pdf)).isGreaterThanOrEqualTo(12);
    }
  }

  @Test
  void formulasInQuestionsAreTypesetInThePracticePdfToo() throws Exception {
    try (PdfReading pdf = new PdfReading(output.resolve("math-bank-practice.pdf"))) {
      assertThat(pdf.text()).contains("Why does merge sort take").doesNotContain("\\log");
      assertThat(formsOnPages(pdf)).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void aFormulaDrawsPathsInsideItsForm() throws Exception {
    try (PdfReading pdf = new PdfReading(output.resolve("math-bank.pdf"))) {
      PDFormXObject form = forms(pdf).get(0);
      // Glyph outlines: curves and fills.
      assertThat(content(form)).contains(" v\n", "\nf\n");
      assertThat(form.getBBox().getWidth()).isGreaterThan(3f);
    }
  }

  @Test
  void theSameBankGivesTheSameBytes() throws Exception {
    ExportRun.export(MathBank.PROJECT, otherOutput, List.of("pdf"));
    assertThat(Files.readAllBytes(otherOutput.resolve("math-bank.pdf")))
        .isEqualTo(Files.readAllBytes(output.resolve("math-bank.pdf")));
  }

  @Test
  void aBankWithABrokenFormulaIsRefusedBeforeAnyPdf() throws Exception {
    BankFixture.minimal(project).withAnswer("Broken $\\frac{1}{$ here.").write();
    Path out = project.resolve("out");
    ExportRun.export(project, out, List.of("pdf"));
    // Refused by validation: nothing is written.
    assertThat(out.resolve("mini-bank.pdf")).doesNotExist();
  }

  @Test
  void aHugeFormulaIsShrunkToTheColumnNotPushedOffThePage() throws Exception {
    BankFixture.minimal(project)
        .withAnswer("Before $\\scalebox{80}{x}$ and\n\n$$\\kern300em x$$\n\nafter.")
        .write();
    Path out = project.resolve("out");
    ExportRun.export(project, out, List.of("pdf"));
    try (PdfReading pdf = new PdfReading(out.resolve("mini-bank.pdf"))) {
      assertThat(pdf.text()).contains("Before", "after.");
      assertThat(pdf.pages()).isLessThanOrEqualTo(4);
      for (PDFormXObject form : forms(pdf)) {
        // Drawn at its natural size into the form, then scaled where it is placed: the form's
        // own box may be large; what matters is that the page holds it (checked by the text).
        assertThat(form.getBBox().getWidth()).isPositive();
      }
    }
  }

  private static int formsOnPages(PdfReading pdf) throws Exception {
    return forms(pdf).size();
  }

  /** The forms the pages draw that hold no text: the formulas (the footers' forms hold text). */
  private static List<PDFormXObject> forms(PdfReading pdf) throws Exception {
    List<PDFormXObject> forms = new ArrayList<>();
    for (PDPage page : pdf.document.getPages()) {
      for (COSName name : page.getResources().getXObjectNames()) {
        if (page.getResources().getXObject(name) instanceof PDFormXObject form
            && !content(form).contains("BT")) {
          forms.add(form);
        }
      }
    }
    return forms;
  }

  private static String content(PDFormXObject form) throws Exception {
    return new String(form.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1);
  }
}
