package io.github.questionbank.export.anki;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.questionbank.model.Bank;
import io.github.questionbank.select.Pack;
import io.github.questionbank.testing.MathBank;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formulas on Anki cards: MathJax's \(...\) and \[...\], in both formats; money stays money. */
class AnkiMathTest {

  @TempDir static Path out;

  private static Bank bank;
  private static AnkiImportFile csv;
  private static AnkiPackageFile apkg;

  @BeforeAll
  static void export() throws Exception {
    bank = AnkiExportRun.bank(MathBank.PROJECT);
    Pack pack = AnkiExportRun.wholeBank(bank);
    apkg = AnkiPackageTesting.export(pack, MathBank.PROJECT, out.resolve("out"));
    csv = AnkiPackageTesting.csv(pack, out.resolve("out"));
  }

  private static CSVRecord row(String id) {
    return csv.byGuid(AnkiGuid.of(bank.id(), id));
  }

  /** What MathJax reads: the field's text once the browser has decoded the HTML. */
  private static String text(String html) {
    return Jsoup.parseBodyFragment(html).body().wholeText();
  }

  @Test
  void csvFieldsCarryInlineAndDisplayedFormulasInMathJaxDelimiters() {
    CSVRecord mergeSort = row("merge-sort-cost");
    assertThat(text(csv.field(mergeSort, "Front")))
        .isEqualTo("Why does merge sort take \\(O(n \\log n)\\) time?");
    String back = text(csv.field(mergeSort, "Back"));
    assertThat(back)
        .contains("merges \\(n\\) elements", "gives \\(\\log_2 n\\) levels")
        .contains("\\[\nT(n) = 2\\,T\\!\\left(\\frac{n}{2}\\right) + c\\,n\n\\]")
        .contains("costs $5 and $10 an hour, or $3.50 on sale")
        .doesNotContain("$n$", "$$");
    String sum = text(csv.field(row("arithmetic-series"), "Back"));
    assertThat(sum)
        .contains("runs \\(i\\) times for each \\(i\\)")
        .contains("\\[\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\\]")
        .contains("echo $HOME");
  }

  @Test
  void theHtmlEscapesWhatHtmlMustAndKeepsTheFormulaInItsSpan() {
    String back = csv.field(row("birthday-paradox"), "Back");
    assertThat(Jsoup.parseBodyFragment(back).select("span.math.math-display")).hasSize(1);
    assertThat(Jsoup.parseBodyFragment(back).select("span.math.math-inline")).hasSize(4);
    // Markdown stayed out: the stars of a_1 * b_2 * c_3 are no emphasis.
    assertThat(back).doesNotContain("<em>");
    assertThat(text(back)).contains("\\(a_1 * b_2 * c_3\\)");
  }

  @Test
  void packageNotesCarryTheSameFormulas() {
    JsonNode noteType = apkg.collection().noteType();
    AnkiPackageFile.Note note = apkg.note(AnkiGuid.of(bank.id(), "birthday-paradox"));
    String fields = text(String.join("\n", note.fields()));
    assertThat(fields)
        .contains("among \\(k\\) keys hashed into \\(m\\) buckets")
        .contains("\\[P(\\text{no collision}) = \\prod_{i=0}^{k-1}")
        .contains("\\(k \\approx \\sqrt{2m \\ln 2}\\)");
    assertThat(noteType.get("flds").size()).isGreaterThan(1);
    List<String> mergeSort = apkg.note(AnkiGuid.of(bank.id(), "merge-sort-cost")).fields();
    assertThat(text(String.join("\n", mergeSort))).contains("costs $5 and $10 an hour");
  }
}
