package io.github.questionbank.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.export.anki.AnkiRows;
import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.incremental.ExportRecord;
import io.github.questionbank.incremental.StateDirectory;
import io.github.questionbank.incremental.ValidationRecord;
import io.github.questionbank.select.PackConfigurationException;
import io.github.questionbank.select.PackSpec;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.RealBankContent;
import io.github.questionbank.testing.RealBankContent.QuestionFile;
import io.github.questionbank.validate.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The export as a whole: reproducible bytes, refusal and failure that leave the last good outputs,
 * up-to-date detection, and packs.
 */
class ExportTest {

  private static final String BANK_ID = "api-interview-questions";
  private static final List<String> FORMATS = List.of("pdf", "practice-pdf", "anki-csv");
  private static final List<String> OUTPUTS =
      List.of(BANK_ID + ".pdf", BANK_ID + "-practice.pdf", BANK_ID + ".anki.csv");
  private static final RealBankContent CONTENT = RealBankContent.real();
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

  @TempDir Path temp;

  // ---------------------------------------------------------------- reproducible

  @Test
  void twoCopiesOfTheBankInDifferentFoldersGiveByteIdenticalOutputs() throws Exception {
    List<String> formats = new ArrayList<>(FORMATS);
    for (String later : List.of("xlsx", "anki-apkg")) {
      if (Formats.names().contains(later)) {
        formats.add(later);
      }
    }
    formats.add("html");
    assertThat(Formats.names()).containsAll(FORMATS);
    Path one = ExportRun.copyOfRealBank(temp.resolve("one"));
    Path two = ExportRun.copyOfRealBank(temp.resolve("somewhere/else/two"));
    Path oneOutput = one.resolve("target/bank");
    Path twoOutput = temp.resolve("elsewhere/bank");

    ExportResult first = ExportRun.export(one, oneOutput, formats);
    // Later by more than a zip timestamp's two seconds: a date taken from the clock would show.
    Thread.sleep(2_100);
    ExportResult second = ExportRun.export(two, twoOutput, formats);

    assertThat(first.files()).hasSize(formats.size());
    assertThat(second.files()).hasSize(formats.size());
    Map<String, byte[]> a = contents(oneOutput);
    Map<String, byte[]> b = contents(twoOutput);
    assertThat(a.keySet())
        .containsAll(OUTPUTS)
        .contains(Validation.SARIF_FILE)
        // What the toolchain remembers lives beside the published outputs, not among them.
        .doesNotContain(ExportRecord.FILE, ValidationRecord.FILE)
        .isEqualTo(b.keySet());
    for (String file : a.keySet()) {
      assertThat(Files.mismatch(oneOutput.resolve(file), twoOutput.resolve(file)))
          .as("first differing byte of %s", file)
          .isEqualTo(-1L);
    }
    for (String file : a.keySet()) {
      String text = new String(a.get(file), StandardCharsets.ISO_8859_1);
      assertThat(text).as(file).doesNotContain(one.toString(), temp.toString());
    }
  }

  // ---------------------------------------------------------------- refused, failed

  @Test
  void anInvalidBankIsRefusedAndTheLastGoodOutputsStayAsTheyWere() throws Exception {
    Path project = ExportRun.copyOfRealBank(temp.resolve("project"));
    Path output = project.resolve("target/bank");
    assertThat(ExportRun.export(project, output, FORMATS).refused()).isFalse();
    age(output);
    Map<String, FileState> before = snapshot(output);
    Path pkce = project.resolve("src/bank/questions/security/120-pkce.md");
    String good = Files.readString(pkce);
    Files.writeString(pkce, good.replace("difficulty: HIGH\n", ""));

    ExportResult refused = ExportRun.export(project, output, FORMATS);

    assertThat(refused.refused()).isTrue();
    assertThat(refused.upToDate()).isFalse();
    assertThat(refused.files()).isEmpty();
    assertThat(refused.validation().diagnostics())
        .filteredOn(Diagnostic::isError)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.path()).isEqualTo("src/bank/questions/security/120-pkce.md"));
    Map<String, FileState> after = snapshot(output);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (String file : before.keySet()) {
      if (!file.equals(Validation.SARIF_FILE)) {
        assertThat(after.get(file)).as(file).isEqualTo(before.get(file));
      }
    }
    // The report (and the findings it is read back from) is what changes: it says why the
    // export was refused.
    assertThat(Files.readString(output.resolve(Validation.SARIF_FILE))).contains("120-pkce.md");
    assertThat(temporaryFiles(output)).isEmpty();

    // Putting the question back makes the last good outputs current again, without a rewrite.
    Files.writeString(pkce, good);
    ExportResult repaired = ExportRun.export(project, output, FORMATS);
    assertThat(repaired.upToDate()).isTrue();
    for (String file : OUTPUTS) {
      assertThat(state(output.resolve(file))).as(file).isEqualTo(before.get(file));
    }
  }

  @Test
  void aFailurePartWayLeavesThePreviousOutputsAndNoTemporaryFile() throws Exception {
    // A question with a local image: the anki-csv format writes it into mini-bank.media/.
    BankFixture bank =
        questionShowingFlowImage().with("questions/advanced/img/flow.png", tinyPng());
    bank.write();
    Path output = temp.resolve("output");
    List<String> formats = List.of("pdf", "practice-pdf", "anki-csv");
    ExportRun.export(bank.project(), output, formats);
    List<String> outputs = List.of("mini-bank.pdf", "mini-bank-practice.pdf", "mini-bank.anki.csv");
    assertThat(output.resolve("mini-bank.media")).isDirectory();
    age(output);
    Map<String, FileState> before = snapshot(output);

    // The next export changes every format, then fails in the last one, after both PDFs and the
    // CSV itself were written: a file stands where the media folder has to go.
    bank.withAnswer("Changed.").write();
    deleteRecursively(output.resolve("mini-bank.media"));
    Files.writeString(output.resolve("mini-bank.media"), "in the way");
    Files.setLastModifiedTime(output.resolve("mini-bank.media"), LONG_AGO);

    assertThatThrownBy(() -> ExportRun.export(bank.project(), output, formats))
        .isInstanceOf(IOException.class);

    for (String file : outputs) {
      assertThat(state(output.resolve(file))).as(file).isEqualTo(before.get(file));
    }
    assertThat(temporaryFiles(output)).isEmpty();
    assertThat(list(output))
        .containsExactlyInAnyOrder(
            "mini-bank.pdf",
            "mini-bank-practice.pdf",
            "mini-bank.anki.csv",
            "mini-bank.media",
            Validation.SARIF_FILE);

    // Once the way is clear, the next export writes the change.
    Files.delete(output.resolve("mini-bank.media"));
    ExportResult retried = ExportRun.export(bank.project(), output, formats);
    assertThat(retried.upToDate()).isFalse();
    assertThat(Files.readString(output.resolve("mini-bank.anki.csv"))).contains("Changed.");
    assertThat(output.resolve("mini-bank.media")).isDirectory();
  }

  @Test
  void anImageLinkedFromOutsideTheBankIsRefusedLikeALinkedQuestionFile() throws Exception {
    Path outside = temp.resolve("secret.png");
    Files.write(outside, tinyPng());
    BankFixture bank = questionShowingFlowImage();
    bank.write();
    Path image = bank.bankDirectory().resolve("questions/advanced/img/flow.png");
    Files.createDirectories(image.getParent());
    Files.createSymbolicLink(image, outside);
    Path output = temp.resolve("output");

    ExportResult result = ExportRun.export(bank.project(), output, FORMATS);

    assertThat(result.refused()).isTrue();
    assertThat(result.validation().diagnostics())
        .filteredOn(Diagnostic::isError)
        .anySatisfy(d -> assertThat(d.path()).endsWith("questions/advanced/010-how.md"));
    assertThat(list(output)).containsExactlyInAnyOrder(Validation.SARIF_FILE);
  }

  // ---------------------------------------------------------------- up to date

  @Test
  void anUnchangedBankIsUpToDateAndAnEditedAnswerIsWrittenAgain() throws Exception {
    Path project = ExportRun.copyOfRealBank(temp.resolve("project"));
    Path output = project.resolve("target/bank");
    ExportResult first = ExportRun.export(project, output, FORMATS);
    assertThat(first.upToDate()).isFalse();
    assertThat(first.files()).extracting(ExportedFile::file).containsExactlyElementsOf(OUTPUTS);
    age(output);
    Map<String, FileState> before = snapshot(output);

    ExportResult again = ExportRun.export(project, output, FORMATS);

    assertThat(again.upToDate()).isTrue();
    assertThat(again.refused()).isFalse();
    assertThat(again.files()).isEmpty();
    for (String file : before.keySet()) {
      if (!file.equals(Validation.SARIF_FILE)) {
        assertThat(state(output.resolve(file))).as(file).isEqualTo(before.get(file));
      }
    }

    Path pkce = project.resolve("src/bank/questions/security/120-pkce.md");
    Files.writeString(pkce, Files.readString(pkce) + "\nAn edited closing sentence.\n");
    ExportResult edited = ExportRun.export(project, output, FORMATS);

    assertThat(edited.upToDate()).isFalse();
    assertThat(edited.files()).extracting(ExportedFile::file).containsExactlyElementsOf(OUTPUTS);
    for (String file : OUTPUTS) {
      assertThat(Files.readAllBytes(output.resolve(file)))
          .as(file)
          .isNotEqualTo(before.get(file).bytes());
      assertThat(Files.getLastModifiedTime(output.resolve(file))).as(file).isNotEqualTo(LONG_AGO);
    }
    assertThat(Files.readString(output.resolve(BANK_ID + ".anki.csv")))
        .contains("An edited closing sentence.");
    assertThat(text(output.resolve(BANK_ID + ".pdf"))).contains("An edited closing sentence.");
    assertThat(temporaryFiles(output)).isEmpty();
  }

  @Test
  void aMissingOutputOrAnotherConfigurationIsNotUpToDate() throws Exception {
    Path project = ExportRun.copyOfRealBank(temp.resolve("project"));
    Path output = project.resolve("target/bank");
    ExportRun.export(project, output, FORMATS);

    Files.delete(output.resolve(BANK_ID + ".anki.csv"));
    ExportResult missing = ExportRun.export(project, output, FORMATS);
    assertThat(missing.upToDate()).isFalse();
    assertThat(output.resolve(BANK_ID + ".anki.csv")).isRegularFile();

    ExportResult letter = ExportRun.export(project, output, List.of(), FORMATS, PageSize.LETTER);
    assertThat(letter.upToDate()).isFalse();
    try (PDDocument pdf = Loader.loadPDF(output.resolve(BANK_ID + ".pdf").toFile())) {
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
    }

    ExportResult fewerFormats = ExportRun.export(project, output, List.of("anki-csv"));
    assertThat(fewerFormats.upToDate()).isFalse();
    assertThat(ExportRun.export(project, output, List.of("anki-csv")).upToDate()).isTrue();
  }

  @Test
  void anUpToDateExportDoesNotTouchTheValidationReportEither() throws Exception {
    Path project = ExportRun.copyOfRealBank(temp.resolve("project"));
    Path output = project.resolve("target/bank");
    ExportRun.export(project, output, FORMATS);
    age(output);
    Map<String, FileState> before = snapshot(output);

    assertThat(ExportRun.export(project, output, FORMATS).upToDate()).isTrue();

    assertThat(snapshot(output)).isEqualTo(before);
  }

  // ---------------------------------------------------------------- packs

  @Test
  void securitySeniorPackHoldsExactlyTheHighSecurityQuestions() throws Exception {
    List<QuestionFile> expected = highSecurityQuestions();
    Path output = temp.resolve("output");

    ExportResult result =
        ExportRun.export(
            ExportRun.REAL_PROJECT,
            output,
            List.of(securitySenior(List.of())),
            FORMATS,
            PageSize.A4);

    assertThat(result.files())
        .extracting(ExportedFile::file)
        .containsExactly(
            "security-senior.pdf", "security-senior-practice.pdf", "security-senior.anki.csv");
    assertThat(result.files())
        .allSatisfy(file -> assertThat(file.questions()).isEqualTo(expected.size()));
    assertThat(AnkiRows.read(output.resolve("security-senior.anki.csv")))
        .extracting(row -> row.get("GUID"))
        .containsExactlyElementsOf(
            expected.stream().map(q -> AnkiRows.guid(BANK_ID, q.id())).toList());
    for (String pdfFile : List.of("security-senior.pdf", "security-senior-practice.pdf")) {
      try (PDDocument pdf = Loader.loadPDF(output.resolve(pdfFile).toFile())) {
        assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Security, senior level");
        String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        assertThat(text)
            .contains("Security, senior level", expected.size() + " questions in 1 section");
        for (QuestionFile question : CONTENT.questions()) {
          if (expected.contains(question)) {
            assertThat(text).contains(question.question());
          } else {
            assertThat(text).doesNotContain(question.question());
          }
        }
      }
    }
    try (PDDocument pdf = Loader.loadPDF(output.resolve("security-senior.pdf").toFile())) {
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Security, senior level");
      List<PDOutlineItem> sections = new ArrayList<>();
      pdf.getDocumentCatalog().getDocumentOutline().children().forEach(sections::add);
      assertThat(sections).extracting(PDOutlineItem::getTitle).containsExactly("1. Security");
      List<String> questions = new ArrayList<>();
      sections.get(0).children().forEach(item -> questions.add(item.getTitle()));
      List<String> titles = new ArrayList<>();
      for (QuestionFile question : expected) {
        titles.add("Q" + (titles.size() + 1) + ". " + question.question());
      }
      assertThat(questions).containsExactlyElementsOf(titles);
    }
  }

  @Test
  void aPackWithItsOwnFormatsWritesOnlyThose() throws Exception {
    List<QuestionFile> fundamentals = CONTENT.section("fundamentals").questions();
    int senior = highSecurityQuestions().size();
    Path output = temp.resolve("output");
    PackSpec cards =
        new PackSpec(
            "fundamentals-cards",
            Optional.empty(),
            List.of("fundamentals"),
            List.of(),
            List.of(),
            List.of(),
            List.of("anki-csv"));

    ExportResult result =
        ExportRun.export(
            ExportRun.REAL_PROJECT,
            output,
            List.of(securitySenior(List.of()), cards),
            FORMATS,
            PageSize.A4);

    assertThat(result.files())
        .extracting(f -> f.pack() + " " + f.format() + " " + f.file() + " " + f.questions())
        .containsExactly(
            "security-senior pdf security-senior.pdf " + senior,
            "security-senior practice-pdf security-senior-practice.pdf " + senior,
            "security-senior anki-csv security-senior.anki.csv " + senior,
            "fundamentals-cards anki-csv fundamentals-cards.anki.csv " + fundamentals.size());
    assertThat(list(output))
        .containsExactlyInAnyOrder(
            "security-senior.pdf",
            "security-senior-practice.pdf",
            "security-senior.anki.csv",
            "fundamentals-cards.anki.csv",
            Validation.SARIF_FILE);
    List<Map<String, String>> rows = AnkiRows.read(output.resolve("fundamentals-cards.anki.csv"));
    assertThat(rows)
        .extracting(row -> row.get("GUID"))
        .containsExactlyElementsOf(
            fundamentals.stream().map(q -> AnkiRows.guid(BANK_ID, q.id())).toList());
    assertThat(rows)
        .extracting(row -> row.get("Deck"))
        .containsOnly("API Interview Question Bank::01 Fundamentals");
  }

  @Test
  void selectionsCombineWithAndAndTheValuesOfOneListWithOr() throws Exception {
    Predicate<QuestionFile> difficulty = q -> List.of("LOW", "MEDIUM").contains(q.difficulty());
    Predicate<QuestionFile> lesson = q -> q.lessons().contains("09");
    Predicate<QuestionFile> tag = q -> q.tags().contains("http") || q.tags().contains("caching");
    List<String> expected =
        CONTENT.questions().stream()
            .filter(difficulty.and(lesson).and(tag))
            .map(q -> AnkiRows.guid(BANK_ID, q.id()))
            .toList();
    // More than one question, and fewer than each criterion selects on its own.
    assertThat(expected).hasSizeGreaterThan(1);
    for (Predicate<QuestionFile> alone : List.of(difficulty, lesson, tag)) {
      assertThat(CONTENT.questions().stream().filter(alone).count()).isGreaterThan(expected.size());
    }
    PackSpec spec =
        new PackSpec(
            "mixed",
            Optional.empty(),
            List.of(),
            List.of("LOW", "MEDIUM"),
            List.of("09"),
            List.of("http", "caching"),
            List.of("anki-csv"));
    Path output = temp.resolve("output");

    ExportRun.export(ExportRun.REAL_PROJECT, output, List.of(spec), FORMATS, PageSize.A4);

    assertThat(AnkiRows.read(output.resolve("mixed.anki.csv")))
        .extracting(row -> row.get("GUID"))
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0} ''{1}''")
  @CsvSource({
    "section,    securty,      unknown section 'securty' (did you mean 'security'?)",
    "difficulty, HIG,          unknown difficulty 'HIG' (did you mean 'HIGH'?)",
    "difficulty, high,         unknown difficulty 'high' (did you mean 'HIGH'?)",
    "lesson,     7,            unknown lesson '7' (did you mean '07'?)",
    "tag,        idempotncy,   unknown tag 'idempotncy' (did you mean 'idempotency'?)",
    "format,     practice-pfd, unknown format 'practice-pfd' (did you mean 'practice-pdf'?)",
  })
  void anUnknownNameIsAnErrorNamingThePackWithTheRightName(String kind, String name, String problem)
      throws Exception {
    List<String> sections = kind.equals("section") ? List.of(name) : List.of("security");
    List<String> difficulties = kind.equals("difficulty") ? List.of(name) : List.of();
    List<String> lessons = kind.equals("lesson") ? List.of(name) : List.of();
    List<String> tags = kind.equals("tag") ? List.of(name) : List.of();
    List<String> formats = kind.equals("format") ? List.of("pdf", name) : List.of();
    PackSpec spec =
        new PackSpec(
            "security-senior",
            Optional.of("Security, senior level"),
            sections,
            difficulties,
            lessons,
            tags,
            formats);
    Path output = temp.resolve("output");

    assertThatThrownBy(
            () ->
                ExportRun.export(
                    ExportRun.REAL_PROJECT, output, List.of(spec), FORMATS, PageSize.A4))
        .isInstanceOfSatisfying(
            PackConfigurationException.class,
            e -> {
              assertThat(e.packId()).contains("security-senior");
              assertThat(e.problems()).hasSize(1);
            })
        .hasMessageStartingWith("pack 'security-senior': ")
        .hasMessageContaining(problem);
    assertThat(list(output)).doesNotContain("security-senior.pdf");
    assertThat(StateDirectory.besideOutputs(output).resolve(ExportRecord.FILE)).doesNotExist();
  }

  @Test
  void everyProblemOfAPackIsInItsOneError() {
    PackSpec spec =
        new PackSpec(
            "typos",
            Optional.empty(),
            List.of("securty"),
            List.of("HIG"),
            List.of(),
            List.of(),
            List.of("pfd-practice"));

    assertThatThrownBy(
            () ->
                ExportRun.export(ExportRun.REAL_PROJECT, temp, List.of(spec), FORMATS, PageSize.A4))
        .isInstanceOf(PackConfigurationException.class)
        .hasMessageStartingWith("pack 'typos': ")
        .hasMessageContaining("unknown section 'securty' (did you mean 'security'?)")
        .hasMessageContaining("unknown difficulty 'HIG' (did you mean 'HIGH'?)")
        .hasMessageContaining("unknown format 'pfd-practice'");
  }

  @Test
  void aPackThatSelectsNothingIsAnErrorAndNothingIsWritten() throws Exception {
    // A section without a HIGH question (Fundamentals in the seed bank).
    String section =
        CONTENT.sections().stream()
            .filter(s -> s.questions().stream().noneMatch(q -> q.difficulty().equals("HIGH")))
            .map(RealBankContent.Section::id)
            .findFirst()
            .orElseThrow(() -> new AssertionError("every section has a HIGH question"));
    String emptyId = section + "-senior";
    PackSpec good = securitySenior(List.of());
    PackSpec empty =
        new PackSpec(
            emptyId,
            Optional.empty(),
            List.of(section),
            List.of("HIGH"),
            List.of(),
            List.of(),
            List.of());
    Path output = temp.resolve("output");

    assertThatThrownBy(
            () ->
                ExportRun.export(
                    ExportRun.REAL_PROJECT, output, List.of(good, empty), FORMATS, PageSize.A4))
        .isInstanceOfSatisfying(
            PackConfigurationException.class, e -> assertThat(e.packId()).contains(emptyId))
        .hasMessageStartingWith("pack '" + emptyId + "': ")
        .hasMessageContaining("selects no question");
    // The pack before it was fine, but nothing is written until every pack is.
    assertThat(list(output)).doesNotContain("security-senior.pdf", "security-senior.anki.csv");
  }

  @Test
  void twoPacksWithOneIdAreRefused() {
    PackSpec one = securitySenior(List.of("pdf"));
    PackSpec two = securitySenior(List.of("anki-csv"));

    assertThatThrownBy(
            () ->
                ExportRun.export(
                    ExportRun.REAL_PROJECT,
                    temp.resolve("output"),
                    List.of(one, two),
                    FORMATS,
                    PageSize.A4))
        .isInstanceOfSatisfying(
            PackConfigurationException.class,
            e -> assertThat(e.packId()).contains("security-senior"))
        .hasMessageStartingWith("pack 'security-senior': ")
        .hasMessageContaining("two packs have this id");
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The questions of the pack {@link #securitySenior}, read from the files: several, so that their
   * order shows, and not the whole section.
   */
  private static List<QuestionFile> highSecurityQuestions() {
    List<QuestionFile> security = CONTENT.section("security").questions();
    List<QuestionFile> high = security.stream().filter(q -> q.difficulty().equals("HIGH")).toList();
    assertThat(high).hasSizeGreaterThan(1).hasSizeLessThan(security.size());
    return high;
  }

  private static PackSpec securitySenior(List<String> formats) {
    return new PackSpec(
        "security-senior",
        Optional.of("Security, senior level"),
        List.of("security"),
        List.of("HIGH"),
        List.of(),
        List.of(),
        formats);
  }

  /** A file's bytes and modification time. */
  record FileState(byte[] bytes, FileTime modified) {
    @Override
    public boolean equals(Object other) {
      return other instanceof FileState that
          && Arrays.equals(bytes, that.bytes)
          && modified.equals(that.modified);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes) * 31 + modified.hashCode();
    }

    @Override
    public String toString() {
      return bytes.length + " bytes, modified " + modified;
    }
  }

  private static FileState state(Path file) throws IOException {
    return new FileState(Files.readAllBytes(file), Files.getLastModifiedTime(file));
  }

  /** Every regular file under a folder, by its path relative to it. */
  private static Map<String, FileState> snapshot(Path directory) throws IOException {
    Map<String, FileState> files = new TreeMap<>();
    for (Path file : files(directory)) {
      files.put(relative(directory, file), state(file));
    }
    return files;
  }

  private static Map<String, byte[]> contents(Path directory) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (Path file : files(directory)) {
      files.put(relative(directory, file), Files.readAllBytes(file));
    }
    return files;
  }

  /** The minimal bank whose advanced question shows {@code img/flow.png}. */
  private BankFixture questionShowingFlowImage() {
    return BankFixture.minimal(temp.resolve("project"))
        .with(
            BankFixture.HOW,
            BankFixture.question(
                "how-does-it-work",
                "HIGH",
                "[\"02\"]",
                "How does it work?",
                "Like this:\n\n![Flow](img/flow.png)"));
  }

  /** Dates every file under a folder in the past, so that a rewrite, even of equal bytes, shows. */
  private static void age(Path directory) throws IOException {
    for (Path file : files(directory)) {
      Files.setLastModifiedTime(file, LONG_AGO);
    }
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static List<String> temporaryFiles(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  /** The names in a folder (not recursive); none if it does not exist. */
  private static List<String> list(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String relative(Path directory, Path file) {
    return directory.relativize(file).toString().replace('\\', '/');
  }

  private static void deleteRecursively(Path directory) throws IOException {
    for (Path path : files(directory)) {
      Files.delete(path);
    }
    Files.delete(directory);
  }

  private static String text(Path pdfFile) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  private static byte[] tinyPng() {
    // A 1x1 PNG.
    return Base64.getDecoder()
        .decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
                + "AAAABJRU5ErkJggg==");
  }
}
