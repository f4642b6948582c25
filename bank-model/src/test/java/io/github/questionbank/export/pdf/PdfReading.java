package io.github.questionbank.export.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back with PDFBox, the way a reader's viewer would. */
final class PdfReading implements AutoCloseable {

  final PDDocument document;

  /** The handout of the minimal bank with {@code answer} as its first answer, opened. */
  static PdfReading handoutWithAnswer(Path project, Path output, String answer) throws Exception {
    io.github.questionbank.testing.BankFixture.minimal(project).withAnswer(answer).write();
    io.github.questionbank.export.ExportRun.export(project, output, java.util.List.of("pdf"));
    return new PdfReading(output.resolve("mini-bank.pdf"));
  }

  PdfReading(Path file) throws IOException {
    document = Loader.loadPDF(file.toFile());
  }

  int pages() {
    return document.getNumberOfPages();
  }

  /** The text of one page (1-based), whitespace and line-end hyphen breaks collapsed. */
  String page(int number) throws IOException {
    PDFTextStripper stripper = stripper();
    stripper.setStartPage(number);
    stripper.setEndPage(number);
    return normalize(stripper.getText(document));
  }

  String text() throws IOException {
    return normalize(stripper().getText(document));
  }

  private static PDFTextStripper stripper() {
    return new PDFTextStripper();
  }

  static String normalize(String text) {
    return text.replace('\u00a0', ' ').replaceAll("-\\s+", "-").replaceAll("\\s+", " ").strip();
  }

  /** The pages that do not say "Page x of y" in their footer; the cover (page 1) must not. */
  List<Integer> pagesWithoutFooter() throws IOException {
    List<Integer> missing = new ArrayList<>();
    if (page(1).contains("Page 1 of")) {
      missing.add(1);
    }
    for (int page = 2; page <= pages(); page++) {
      if (!page(page).contains("Page " + page + " of " + pages())) {
        missing.add(page);
      }
    }
    return missing;
  }

  List<PDOutlineItem> bookmarks() {
    List<PDOutlineItem> items = new ArrayList<>();
    if (document.getDocumentCatalog().getDocumentOutline() != null) {
      document.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
    }
    return items;
  }

  static List<PDOutlineItem> children(PDOutlineItem item) {
    List<PDOutlineItem> items = new ArrayList<>();
    item.children().forEach(items::add);
    return items;
  }

  /** Every font used on any page, with whether it is embedded. */
  List<PDFont> fonts() throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      for (COSName name : page.getResources().getFontNames()) {
        fonts.add(page.getResources().getFont(name));
      }
    }
    return fonts;
  }

  @Override
  public void close() throws IOException {
    document.close();
  }
}
