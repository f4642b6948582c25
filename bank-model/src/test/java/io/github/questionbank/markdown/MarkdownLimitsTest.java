package io.github.questionbank.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

/** The limits that keep hostile Markdown from hanging or overflowing flexmark. */
class MarkdownLimitsTest {

  @Test
  void textUpToTheSizeLimitIsParsed() throws Exception {
    String text = "a".repeat(MarkdownLimits.MAX_CHARS);

    assertThat(Markdown.plainText(MarkdownLimits.parse(text))).isEqualTo(text);
    assertThatExceptionOfType(MarkdownLimitException.class)
        .isThrownBy(() -> MarkdownLimits.parse(text + "a"))
        .withMessage(
            "is 65,537 characters long; at most 65,536 are accepted: shorten it or split"
                + " the question");
  }

  @Test
  void treeUpToTheDepthLimitIsParsed() throws Exception {
    // Document > 62 block quotes > paragraph > text: the text is 64 nodes down.
    assertThat(Markdown.plainText(MarkdownLimits.parse(">".repeat(62) + " deep")))
        .isEqualTo("deep");
    assertThatExceptionOfType(MarkdownLimitException.class)
        .isThrownBy(() -> MarkdownLimits.parse(">".repeat(63) + " deep"))
        .withMessageStartingWith("nests more than 64 levels deep");
  }

  @Test
  void parserStackOverflowBecomesALimitNotAnError() throws Exception {
    // A thematic-break line recurses once per character in java.util.regex: 65,536 dashes
    // overflow any default thread stack (about 2,000 overflow 1 MiB).
    String dashes = "-".repeat(MarkdownLimits.MAX_CHARS);

    assertThatExceptionOfType(MarkdownLimitException.class)
        .isThrownBy(() -> MarkdownLimits.parse(dashes))
        .withMessageStartingWith("is too complex for the Markdown parser");
  }
}
