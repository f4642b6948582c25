package io.github.questionbank.export.anki;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Question;
import io.github.questionbank.select.Pack;
import io.github.questionbank.testing.RealBankContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real bank of bank-content, exported once and read back as Anki would. */
class AnkiRealBankTest {

  @TempDir static Path out;

  private static Bank bank;
  private static AnkiImportFile file;
  private static String text;

  @BeforeAll
  static void export() throws Exception {
    bank = AnkiExportRun.bank(AnkiExportRun.REAL_PROJECT);
    Pack pack = AnkiExportRun.wholeBank(bank);
    file = AnkiExportRun.exportAndRead(pack, AnkiExportRun.REAL_PROJECT, out);
    text =
        Files.readString(out.resolve("api-interview-questions.anki.csv"), StandardCharsets.UTF_8);
  }

  @Test
  void everyQuestionIsOneRowInBankOrderWithItsAnswer() {
    assertThat(file.records()).hasSize(RealBankContent.real().count());
    assertThat(file.records()).allSatisfy(record -> assertThat(record.size()).isEqualTo(5));
    assertThat(file.column("GUID"))
        .containsExactlyElementsOf(
            bank.questions().map(q -> AnkiGuid.of(bank.id(), q.id())).toList());
    assertThat(file.column("Front")).allSatisfy(front -> assertThat(front).isNotBlank());
    assertThat(file.column("Back"))
        .allSatisfy(back -> assertThat(back).startsWith("<").hasSizeGreaterThan(40));
  }

  @Test
  void guidsAreUniqueAcrossTheBank() {
    assertThat(file.column("GUID"))
        .doesNotHaveDuplicates()
        .allMatch(guid -> guid.matches("qb[0-9a-f]{32}"));
  }

  @Test
  void backsKeepTheAnswersFormatting() {
    String backs = String.join("\n", file.column("Back"));

    assertThat(backs).contains("<strong>", "<code>", "<ol>", "<ul>", "<li>", "<p>");
  }

  @Test
  void nothingOnTheCardsCanRunAScript() {
    String lower = text.toLowerCase(Locale.ROOT);

    assertThat(lower).doesNotContain("<script", "onclick", "onerror", "onload", "javascript:");
    // Every link or image that survived the sanitizer is http, https or a media file name.
    Matcher urls = Pattern.compile("(?:href|src)=\"\"?([^\"]*)").matcher(text);
    while (urls.find()) {
      assertThat(urls.group(1)).matches("https?://.*|[A-Za-z0-9_-]+\\.[a-z0-9]+");
    }
  }

  @Test
  void pkceHasItsDeckTagsAndTexts() {
    Question pkce = bank.questions().filter(q -> q.id().equals("pkce")).findFirst().orElseThrow();
    CSVRecord record = file.byGuid(AnkiGuid.of(bank.id(), pkce.id()));

    assertThat(file.fieldByHeader(record, "deck column"))
        .isEqualTo(
            "API Interview Question Bank::%02d Security"
                .formatted(bank.sections().indexOf(bank.section("security").orElseThrow()) + 1));
    assertThat(file.fieldByHeader(record, "tags column"))
        .isEqualTo("difficulty::HIGH section::security lesson::07 oauth security");
    assertThat(file.field(record, "Front"))
        .isEqualTo("How does PKCE improve OAuth security for public clients?");
    assertThat(file.field(record, "Back"))
        .startsWith("<p><strong>PKCE</strong> (Proof Key for Code Exchange, RFC 7636)")
        .contains("<code>code_verifier</code>");
  }

  @Test
  void everySectionIsANumberedSubdeckOfThePackThatAnkiListsInTheBanksOrder() {
    List<String> decks = file.column("Deck").stream().distinct().toList();

    assertThat(decks)
        .containsExactlyElementsOf(
            bank.sections().stream()
                .map(
                    section ->
                        "API Interview Question Bank::%02d %s"
                            .formatted(bank.sections().indexOf(section) + 1, section.title()))
                .toList());
    assertThat(AnkiDeckOrder.sorted(decks)).containsExactlyElementsOf(decks);
  }

  /**
   * Anki's search matches the stored HTML: no character is a character reference but those HTML
   * needs ({@code &lt; &gt; &amp;}, and {@code &quot;} inside an attribute).
   */
  @Test
  void fieldsHoldPlainCharactersNotCharacterReferences() {
    for (String field : concat(file.column("Front"), file.column("Back"))) {
      assertThat(field).doesNotContainPattern("&#[0-9xX]").doesNotContain("&apos;");
      assertThat(field.replaceAll("=\"[^\"]*\"", "=\"\"")).doesNotContain("&quot;");
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new java.util.ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  @Test
  void aBankWithoutImagesWritesNoMediaFolder() {
    assertThat(out.resolve("api-interview-questions.media")).doesNotExist();
  }
}
