package io.github.questionbank.check.rules;

import static io.github.questionbank.testing.BankFixture.BANK;
import static io.github.questionbank.testing.BankFixture.WHAT;
import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * missing-glyph, found by validation: a character no PDF font has, at its own line and column
 * (counted in UTF-16 units, as every column is), once per file.
 */
class PrintableCharactersTest {

  private static final String WHAT_PATH = BANK + WHAT;

  /** Private use: no font draws it. */
  private static final String NO_FONT = "\uE000";

  /** A rare CJK ideograph: no embedded font has Chinese. */
  private static final String IDEOGRAPH = "\u4E00";

  private static final String WARNING =
      " is in no embedded font and prints as a blank in the PDF: replace it [missing-glyph]";

  @TempDir Path project;

  @Test
  void aCharacterNoFontHasIsReportedAtItsOwnColumn() throws Exception {
    // The answer starts on line 7; an emoji before it counts two columns.
    BankFixture bank =
        BankFixture.minimal(project).withAnswer("First.\n\n\uD83D\uDE80 a " + NO_FONT + " b");

    assertThat(bank.lines())
        .containsExactly(
            WHAT_PATH + ":9:6: warning: character '" + NO_FONT + "' (U+E000)" + WARNING);
  }

  @Test
  void emojiSymbolsVariationSelectorsJoinersAndHyphensPrint() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .withAnswer(
                "\u2705 \u274C \u26A0\uFE0F \u23F3 \u2764\uFE0F \u2757 \u2713 \uD83D\uDCBE"
                    + " \uD83D\uDE0A \uD83D\uDCA1 \uD83D\uDC69\u200D\uD83D\uDCBB non\u2011breaking"
                    + " \u2264 \u2265 \u2192 \u2260 \u00D7 \u21D2 \u2208\n\n"
                    + "```js\nconst ok = '\u2705'; // \u2192\n```");

    assertThat(bank.lines()).isEmpty();
  }

  @Test
  void eachCharacterIsReportedOncePerFileWhereItFirstOccurs() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(
                WHAT,
                question(
                    "what-is-it",
                    "LOW",
                    "[\"01\"]",
                    "What is " + IDEOGRAPH + "?",
                    "It is " + IDEOGRAPH + ", and " + NO_FONT + "\n\n- again " + NO_FONT));

    assertThat(bank.lines())
        .containsExactly(
            WHAT_PATH + ":5:19: warning: character '" + IDEOGRAPH + "' (U+4E00)" + WARNING,
            WHAT_PATH + ":7:14: warning: character '" + NO_FONT + "' (U+E000)" + WARNING);
  }

  @Test
  void aQuotedQuestionCountsItsQuote() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(
                WHAT,
                question("what-is-it", "LOW", "[\"01\"]", "\"Is " + NO_FONT + " it?\"", "Yes."));

    assertThat(bank.lines()).singleElement().asString().startsWith(WHAT_PATH + ":5:15: warning:");
  }

  @Test
  void aQuestionWrittenWithEscapesIsReportedWhereItStarts() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(WHAT, question("what-is-it", "LOW", "[\"01\"]", "\"Is \\uE000 it?\"", "Yes."));

    assertThat(bank.lines()).singleElement().asString().startsWith(WHAT_PATH + ":5:11: warning:");
  }

  @Test
  void codeBlocksAndCodeSpansAreCheckedLineByLine() throws Exception {
    // 7 the fence, 8 and 9 code (indented in the list item: the column is the file's).
    BankFixture bank =
        BankFixture.minimal(project)
            .withAnswer(
                "- item\n\n  ```text\n  first\n  x = "
                    + NO_FONT
                    + "\n  ```\n\nUse `"
                    + IDEOGRAPH
                    + "`.");

    assertThat(bank.lines())
        .containsExactly(
            WHAT_PATH + ":11:7: warning: character '" + NO_FONT + "' (U+E000)" + WARNING,
            WHAT_PATH + ":14:6: warning: character '" + IDEOGRAPH + "' (U+4E00)" + WARNING);
  }

  @Test
  void whatThePdfDoesNotPrintIsNotChecked() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with("questions/basics/x.png", new byte[] {1})
            .withAnswer("Text.\n\n<!-- note " + NO_FONT + " -->\n\n![" + NO_FONT + "](x.png)");

    assertThat(bank.lines()).noneMatch(line -> line.contains("missing-glyph"));
  }

  @Test
  void theBanksOwnMarkdownIsCheckedAtItsKey() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with("bank.yaml", BankFixture.BANK_YAML + "description: A " + NO_FONT + " bank\n");

    assertThat(bank.lines())
        .containsExactly(
            "src/bank/bank.yaml:8:14: warning: description: character '"
                + NO_FONT
                + "' (U+E000)"
                + WARNING);
  }

  @Test
  void titlesTheHandoutPrintsAreCheckedToo() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(
                "bank.yaml",
                BankFixture.BANK_YAML.replace("title: Advanced", "title: Advanced " + NO_FONT))
            .with(
                "lessons.yaml",
                BankFixture.LESSONS_YAML.replace("title: First lesson", "title: First " + NO_FONT))
            .with(
                "bank.yaml",
                BankFixture.BANK_YAML
                    .replace("title: Mini Bank", "title: Mini Bank \uD83D\uDE00")
                    .replace("title: Advanced", "title: Advanced " + NO_FONT));

    assertThat(bank.lines())
        .containsExactly(
            "src/bank/bank.yaml:7:12: warning: sections.1.title: character '"
                + NO_FONT
                + "' (U+E000)"
                + WARNING,
            "src/bank/lessons.yaml:3:12: warning: lessons.0.title: character '"
                + NO_FONT
                + "' (U+E000)"
                + WARNING);
  }
}
