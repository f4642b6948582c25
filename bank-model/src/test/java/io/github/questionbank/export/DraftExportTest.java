package io.github.questionbank.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.questionbank.export.anki.AnkiRows;
import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.select.PackConfigurationException;
import io.github.questionbank.select.PackProblem;
import io.github.questionbank.testing.BankFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft is in no file of any format, and in no count. */
class DraftExportTest {

  /** A word that is only in the draft: its id, its question and its answer. */
  private static final String MARK = "quokka";

  private static final String DRAFT =
      "---\nid: quokka-draft\ndifficulty: MEDIUM\nlessons: [\"01\"]\ntags: [quokka]\n"
          + "question: What does the quokka draft ask?\ndraft: true\n---\nTODO quokka\n";

  @TempDir Path project;

  @Test
  void aDraftIsInNoOutputAndInNoCount() throws Exception {
    BankFixture.minimal(project).with("questions/basics/015-quokka.md", DRAFT).write();
    Path output = project.resolve("target/bank");

    ExportResult result =
        ExportRun.export(project, output, List.of(), Formats.names(), PageSize.A4);

    assertThat(result.validation().drafts()).isEqualTo(1);
    assertThat(result.files()).hasSize(Formats.names().size());
    assertThat(result.files()).allSatisfy(file -> assertThat(file.questions()).isEqualTo(3));
    List<String> withTheDraft = new ArrayList<>();
    List<String> withoutTheOthers = new ArrayList<>();
    for (ExportedFile file : result.files()) {
      String text = readableText(output.resolve(file.file()));
      if (text.toLowerCase(Locale.ROOT).contains(MARK)) {
        withTheDraft.add(file.file());
      }
      if (!text.contains("What is it?")) {
        withoutTheOthers.add(file.file()); // the reading would prove nothing
      }
    }
    assertThat(withTheDraft).isEmpty();
    assertThat(withoutTheOthers).isEmpty();
    try (PDDocument pdf = Loader.loadPDF(output.resolve("mini-bank.pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .contains("3 questions in 2 sections");
    }
    List<Map<String, String>> notes = AnkiRows.read(output.resolve("mini-bank.anki.csv"));
    assertThat(notes).extracting(note -> note.get("Front")).hasSize(3);
    try (InputStream in = Files.newInputStream(output.resolve("mini-bank.xlsx"));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertThat(workbook.getSheet("Questions").getLastRowNum()).isEqualTo(3);
    }
    assertThat(Jsoup.parse(output.resolve("mini-bank.html").toFile()).text())
        .contains("What is it?", "Why use it?")
        .doesNotContain(MARK);
  }

  @Test
  void aBankOfDraftsOnlyHasNothingToExport() throws Exception {
    BankFixture.minimal(project)
        .with(BankFixture.WHAT, DRAFT.replace("quokka-draft", "what-is-it"))
        .without(BankFixture.WHY)
        .without(BankFixture.HOW)
        .write();

    assertThatThrownBy(
            () ->
                ExportRun.export(
                    project,
                    project.resolve("target/bank"),
                    List.of(),
                    List.of("pdf"),
                    PageSize.A4))
        .isInstanceOfSatisfying(
            PackConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(PackProblem::kind)
                    .containsExactly(PackProblem.Kind.ONLY_DRAFTS));
    assertThat(project.resolve("target/bank/mini-bank.pdf")).doesNotExist();
  }

  /**
   * What a reader of the file could see: a PDF's text as PDFBox extracts it, every entry of a
   * package (workbook, Anki package: its SQLite database keeps text as UTF-8), else the text.
   */
  private static String readableText(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (file.toString().endsWith(".pdf")) {
      try (PDDocument pdf = Loader.loadPDF(bytes)) {
        return new PDFTextStripper().getText(pdf);
      }
    }
    if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
      StringBuilder text = new StringBuilder();
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      if (file.toString().endsWith(".xlsx")) {
        text.append(workbookText(file));
      }
      return text.toString();
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String workbookText(Path file) throws IOException {
    DataFormatter formatter = new DataFormatter();
    StringBuilder text = new StringBuilder();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      workbook.forEach(
          sheet ->
              sheet.forEach(
                  row ->
                      row.forEach(
                          cell -> text.append(formatter.formatCellValue(cell)).append('\n'))));
    }
    return text.toString();
  }
}
