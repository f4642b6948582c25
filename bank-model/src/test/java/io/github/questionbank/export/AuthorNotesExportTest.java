package io.github.questionbank.export;

import static io.github.questionbank.testing.BankFixture.WHAT;
import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.anki.AnkiRows;
import io.github.questionbank.testing.BankFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An author's note (an HTML comment) in an answer, a question or the bank's description reaches no
 * format: every output is read back with the reader its users have, and the words around the notes
 * are there while the notes' are not.
 */
class AuthorNotesExportTest {

  /** A word in every note, and in nothing else. */
  private static final String NOTE = "zyzzyva";

  private static final String ANSWER =
      String.join(
          "\n",
          "<!-- markdownlint-disable-next-line MD013 -->",
          "Seen before <!-- " + NOTE + " inline --> and seen after.",
          "",
          "<!-- TODO " + NOTE + ": add the index case -->",
          "",
          "<!--",
          "  " + NOTE + " over several lines, with <b>tags</b> and $\\frac{1}{$",
          "-->",
          "",
          "- an item <!-- " + NOTE + " in an item -->",
          "- another item");

  @TempDir static Path project;

  private static Map<String, String> outputs;

  @BeforeAll
  static void export() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(
                "bank.yaml",
                BankFixture.BANK_YAML
                    + "description: \"A bank <!-- "
                    + NOTE
                    + " in the description --> for notes\"\n")
            .with(
                WHAT,
                question(
                    "what-is-it",
                    "LOW",
                    "[\"01\"]",
                    "\"What is it <!-- " + NOTE + " in the question -->, really?\"",
                    ANSWER));
    assertThat(bank.lines()).isEmpty();
    Path output = project.resolve("target/bank");

    ExportResult result = ExportRun.export(project, output, Formats.names());

    assertThat(result.refused()).isFalse();
    assertThat(result.files()).extracting(ExportedFile::format).containsAll(Formats.names());
    outputs = new TreeMap<>();
    for (ExportedFile file : result.files()) {
      // Lines broken anywhere, as a PDF breaks them, read as one.
      outputs.put(file.file(), read(output.resolve(file.file())).replaceAll("\\s+", " "));
    }
  }

  /** What a user of the file sees in it, read as its own reader reads it. */
  private static String read(Path file) throws Exception {
    String name = file.getFileName().toString();
    if (name.endsWith(".pdf")) {
      return pdf(file);
    } else if (name.endsWith(".anki.csv")) {
      return AnkiRows.read(file).toString();
    } else if (name.endsWith(".apkg")) {
      return apkgNotes(file);
    } else if (name.endsWith(".xlsx")) {
      return workbook(file);
    } else if (name.endsWith(".html")) {
      // The page's text, and its whole source: the search index is in a script.
      String html = Files.readString(file, StandardCharsets.UTF_8);
      return Jsoup.parse(html).text() + "\n" + html;
    }
    throw new AssertionError("a format this test cannot read yet: " + name);
  }

  private static String pdf(Path file) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      StringBuilder text = new StringBuilder(new PDFTextStripper().getText(pdf));
      if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
        outline(pdf.getDocumentCatalog().getDocumentOutline(), text);
      }
      text.append(pdf.getDocumentInformation().getSubject());
      return text.toString();
    }
  }

  private static void outline(PDOutlineNode node, StringBuilder text) {
    for (PDOutlineItem item : node.children()) {
      text.append('\n').append(item.getTitle());
      outline(item, text);
    }
  }

  private static String apkgNotes(Path file) throws Exception {
    byte[] collection = null;
    try (InputStream in = Files.newInputStream(file);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("collection.anki2")) {
          collection = zip.readAllBytes();
        }
      }
    }
    assertThat(collection).as("collection.anki2 in %s", file).isNotNull();
    Path copy = Files.createTempFile(project, "collection-", ".anki2");
    Files.write(copy, collection);
    List<String> fields = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy);
        Statement query = db.createStatement();
        ResultSet notes = query.executeQuery("select flds, sfld from notes")) {
      while (notes.next()) {
        fields.add(notes.getString(1) + "\n" + notes.getString(2));
      }
    }
    return String.join("\n", fields);
  }

  private static String workbook(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            text.append(cell).append('\n');
          }
        }
      }
      text.append(workbook.getProperties().getCoreProperties().getDescription());
    }
    return text.toString();
  }

  @Test
  void noFormatCarriesANote() {
    assertThat(outputs).hasSize(Formats.names().size());
    outputs.forEach((file, text) -> assertThat(text).as(file).doesNotContainIgnoringCase(NOTE));
  }

  @Test
  void theWordsAroundTheNotesAreExported() {
    outputs.forEach(
        (file, text) -> {
          assertThat(text).as(file).contains("What is it");
          if (!file.endsWith("-practice.pdf")) { // the practice sheet has no answers
            assertThat(text).as(file).contains("Seen before", "and seen after", "another item");
          }
        });
    assertThat(outputs.entrySet())
        .filteredOn(e -> e.getKey().endsWith(".xlsx") || e.getKey().endsWith(".html"))
        .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).contains("for notes"));
  }
}
