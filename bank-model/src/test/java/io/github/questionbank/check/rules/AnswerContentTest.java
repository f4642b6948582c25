package io.github.questionbank.check.rules;

import static io.github.questionbank.testing.BankFixture.BANK;
import static io.github.questionbank.testing.BankFixture.WHAT;
import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.testing.BankFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What answers and questions may hold: raw-html, missing-image and markdown-too-complex. */
class AnswerContentTest {

  private static final String WHAT_PATH = BANK + WHAT;

  @TempDir Path project;

  private BankFixture withAnswer(String answer) {
    return BankFixture.minimal(project).withAnswer(answer);
  }

  @Test
  void rawHtmlAndScriptDestinationsAreReportedWhereTheyStart() throws Exception {
    String answer =
        String.join(
            "\n",
            "<div>x</div>",
            "",
            "Some <b>bold</b> [x](javascript:alert(1)) ![i](data:image/png;base64,AAAA)",
            "",
            "<!-- hidden -->",
            "",
            "<JaVaScRiPt:alert(1)>",
            "",
            "[ref]: vbscript:msgbox(1)",
            "",
            "<!-- a note never closed");
    String scheme =
        " destination: Anki cards run scripts, so javascript:, vbscript: and data: destinations are refused [raw-html]";

    assertThat(withAnswer(answer).lines())
        .containsExactly(
            WHAT_PATH
                + ":7:1: error: raw HTML block '<div>x</div>': write Markdown instead, or to show"
                + " a tag as written, put it in a code span: `<div>` [raw-html]",
            WHAT_PATH
                + ":9:6: error: raw HTML '<b>': write Markdown instead: `**` makes bold [raw-html]",
            WHAT_PATH + ":9:18: error: link with a javascript:" + scheme,
            WHAT_PATH + ":9:43: error: image with a data:" + scheme,
            WHAT_PATH + ":13:1: error: link with a javascript:" + scheme,
            WHAT_PATH + ":15:1: error: link reference with a vbscript:" + scheme,
            WHAT_PATH
                + ":17:1: error: an author's note '<!-- a note never closed' is never closed with"
                + " '-->', so it hides everything after it: close it [raw-html]");
  }

  @Test
  void tagsOnOneLineAreOneFindingAtTheFirstWithTheHintsThatFit() throws Exception {
    String answer =
        String.join(
            "\n",
            "A <b>bold</b> and <i>slanted</i> word,<br>",
            "then <strong>more</strong>, <em>this</em> and <span>that</span><br/>",
            "",
            "Some <kbd>Ctrl</kbd> and <Kbd>C</Kbd>.");

    assertThat(withAnswer(answer).lines())
        .containsExactly(
            WHAT_PATH
                + ":7:3: error: raw HTML '<b>', '<i>' and '<br>': write Markdown instead: `**`"
                + " makes bold; `*` makes italics; a backslash or two spaces at the end of the"
                + " line make a line break [raw-html]",
            WHAT_PATH
                + ":8:6: error: raw HTML '<strong>', '<em>', '<span>' and '<br>': write Markdown"
                + " instead: `**` makes bold; `*` makes italics; a backslash or two spaces at the"
                + " end of the line make a line break; to show a tag as written, put it in a code"
                + " span: `<span>` [raw-html]",
            WHAT_PATH
                + ":10:6: error: raw HTML '<kbd>': write Markdown instead, or to show a tag as"
                + " written, put it in a code span: `<kbd>` [raw-html]");
  }

  @Test
  void authorNotesAreNoFindingAndTheirContentIsNotChecked() throws Exception {
    String answer =
        String.join(
            "\n",
            "<!-- markdownlint-disable-next-line MD013 -->",
            "An answer <!-- TODO: add the index case --> with notes.",
            "",
            "<!--",
            "  A note over lines, with <b>tags</b>, $\\frac{1}{$ broken math,",
            "  ![a missing image](img/none.png), [a link](javascript:alert(1)) and \uE000, which no"
                + " font has.",
            "-->",
            "",
            "- a list <!-- one --><!-- two -->",
            "- <!-- a note in an item -->");

    assertThat(withAnswer(answer).lines()).isEmpty();
  }

  @Test
  void textAfterANoteOnItsLineIsRawHtml() throws Exception {
    assertThat(withAnswer("A.\n\n<!-- note --> <b>x</b>\n").lines())
        .containsExactly(
            WHAT_PATH
                + ":9:1: error: raw HTML block '<!-- note --> <b>x</b>': text after the '-->' of"
                + " an author's note, on its line, is read as raw HTML: start a new line after the"
                + " note [raw-html]");
  }

  @Test
  void anAnswerOfNothingButNotesIsEmpty() throws Exception {
    assertThat(withAnswer("<!-- TODO: write the answer -->\n").lines())
        .singleElement()
        .asString()
        .endsWith("[empty-answer]");
  }

  @Test
  void escapedSchemesAreReadAsABrowserWould() throws Exception {
    String answer = "[x](&#106;avascript:alert(1)) and [y](java\\script:alert(1))";

    assertThat(withAnswer(answer).lines())
        .anyMatch(line -> line.startsWith(WHAT_PATH + ":7:1: error: link with a javascript:"))
        .hasSize(1);
  }

  @Test
  void rawHtmlInTheQuestionIsReportedAtTheQuestion() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(WHAT, question("what-is-it", "LOW", "[\"01\"]", "What is <b>it</b>?", "A."));

    assertThat(bank.lines())
        .containsExactly( // same place: then by rule and message
            WHAT_PATH
                + ":5:11: error: question has raw HTML '<b>': write Markdown instead: `**` makes"
                + " bold [raw-html]");
  }

  @Test
  void tagsInCodeEscapedTagsAndWebLinksAreFine() throws Exception {
    String answer =
        String.join(
            "\n",
            "Write `<b>` or \\<b> in text, and [docs](https://example.com/a?b=1) or"
                + " <mailto:a@b.c>.",
            "",
            "```html",
            "<script>alert(1)</script>",
            "```",
            "",
            "    <div>indented code</div>",
            "",
            "~~~",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "~~~");

    assertThat(withAnswer(answer).lines()).isEmpty();
  }

  @Test
  void localImagesMustExistInsideTheBankRemoteOnesAreNotFetched() throws Exception {
    String answer =
        String.join(
            "\n",
            "See ![a](img/missing.png) and ![b](img/there.png) and ![c](http://example.com/x.png)",
            "",
            "![d](//cdn.example.com/y.png) ![e](img/my%20picture.png)",
            "",
            "![f](../../../../outside.png)",
            "",
            "![g][ref]",
            "",
            "[ref]: img/also-missing.png");
    BankFixture bank =
        withAnswer(answer)
            .with("questions/basics/img/there.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
            .with("questions/basics/img/my picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    assertThat(bank.lines())
        .containsExactly(
            WHAT_PATH
                + ":7:5: error: image 'img/missing.png' does not exist (paths are relative to"
                + " the question file) [missing-image]",
            WHAT_PATH
                + ":11:1: error: image '../../../../outside.png' is outside the bank"
                + " directory: images must live inside it [missing-image]",
            WHAT_PATH
                + ":13:1: error: image 'img/also-missing.png' does not exist (paths are"
                + " relative to the question file) [missing-image]");
  }

  @Test
  void imageThatIsALinkOutOfTheBankIsRefused() throws Exception {
    BankFixture bank = withAnswer("![secret](img/secret.png) ![inside](img/inside.png)");
    bank.write();
    Path secret = Files.write(project.resolve("secret.png"), new byte[] {1});
    Path img = Files.createDirectories(bank.bankDirectory().resolve("questions/basics/img"));
    Files.createSymbolicLink(img.resolve("secret.png"), secret);
    Files.write(bank.bankDirectory().resolve("shared.png"), new byte[] {1});
    Files.createSymbolicLink(img.resolve("inside.png"), Path.of("../../../shared.png"));

    assertThat(BankFixture.lines(bank.validateAsWritten(Optional.empty())))
        .containsExactly(
            WHAT_PATH
                + ":7:1: error: image 'img/secret.png' is a symbolic link out of the bank"
                + " directory: images must live inside it [missing-image]");
  }

  @Test
  void answerOverTheMarkdownSizeLimitIsRefused() throws Exception {
    assertThat(withAnswer("a".repeat(70_000)).lines())
        .containsExactly(
            WHAT_PATH
                + ":7:1: error: the answer is 70,001 characters long; at most 65,536 are"
                + " accepted: shorten it or split the question [markdown-too-complex]");
    assertThat(withAnswer("word ".repeat(10_000)).lines()).isEmpty(); // long prose is fine
  }

  @Test
  void longParagraphDenseWithLinksIsRefusedTheSameLinksInParagraphsAreFine() throws Exception {
    assertThat(withAnswer("[x](y) ".repeat(3_000)).lines())
        .containsExactly(
            WHAT_PATH
                + ":7:1: error: the answer has paragraphs so long and so dense with links, tags,"
                + " entities or code spans that the Markdown parser would take minutes: break"
                + " them up with blank lines [markdown-too-complex]");
    assertThat(withAnswer(("[x](y) ".repeat(100) + "\n\n").repeat(30)).lines()).isEmpty();
  }

  @Test
  void answerNestedTooDeeplyIsRefused() throws Exception {
    assertThat(withAnswer(">".repeat(100) + " deep").lines())
        .containsExactly(
            WHAT_PATH
                + ":7:1: error: the answer nests more than 64 levels deep (lists or quotes"
                + " inside each other): flatten it [markdown-too-complex]");
    assertThat(withAnswer(">".repeat(30) + " not so deep").lines()).isEmpty();
  }

  @Test
  void lineThatOverflowsTheParserIsRefusedNotThrown() throws Exception {
    BankFixture bank = withAnswer("Before.\n\n" + "-".repeat(60_000));

    assertThat(onOneMebibyteStack(bank::lines))
        .containsExactly(
            WHAT_PATH
                + ":7:1: error: the answer is too complex for the Markdown parser (such as a"
                + " line of thousands of dashes): simplify it [markdown-too-complex]");
  }

  @Test
  void questionOverTheLimitsIsRefusedBesidesItsSchemaError() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(WHAT, question("what-is-it", "LOW", "[\"01\"]", "x".repeat(70_000), "A."));

    assertThat(bank.lines())
        .containsExactly( // same place: then by rule
            WHAT_PATH
                + ":5:11: error: the question is 70,000 characters long; at most 65,536 are"
                + " accepted: shorten it or split the question [markdown-too-complex]",
            WHAT_PATH + ":5:11: error: question is too long (at most 2000 characters) [schema]");
  }

  /** Runs on a thread with the JVM's usual 1 MiB stack, whatever the test runner's thread has. */
  private static List<String> onOneMebibyteStack(Checked<List<String>> work) throws Exception {
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                outcome.set(work.get());
              } catch (Throwable e) {
                outcome.set(e);
              }
            },
            "one-mebibyte-stack",
            1024 * 1024);
    thread.start();
    thread.join();
    assertThat(outcome.get()).isInstanceOf(List.class);
    @SuppressWarnings("unchecked")
    List<String> lines = (List<String>) outcome.get();
    return lines;
  }

  private interface Checked<T> {
    T get() throws Exception;
  }
}
