package io.github.questionbank.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankTextsTest {

  @TempDir Path project;

  @Test
  void rawHtmlInTheBanksOwnMarkdownIsRefusedAtItsKey() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with(
                "bank.yaml",
                BankFixture.BANK_YAML
                    + "description: Read <script>alert(1)</script> this\n"
                    + "instructions: |\n  See [the course](javascript:alert(1)).\n");

    assertThat(bank.lines())
        .contains(
            "src/bank/bank.yaml:8:14: error: description has raw HTML '<script>': write Markdown"
                + " instead, or to show a tag as written, put it in a code span: `<script>`"
                + " [raw-html]")
        .anyMatch(
            line ->
                line.startsWith(
                        "src/bank/bank.yaml:9:15: error: instructions has link with a"
                            + " javascript: destination")
                    && line.endsWith("[raw-html]"));
  }

  @Test
  void imagesInTheBanksOwnMarkdownMustExistRelativeToTheBankFolder() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with("img/logo.png", new byte[] {1, 2, 3})
            .with(
                "bank.yaml",
                BankFixture.BANK_YAML
                    + "description: Our ![logo](img/logo.png) bank\n"
                    + "instructions: See ![the flow](img/flow.png) first.\n");

    assertThat(bank.lines())
        .containsExactly(
            "src/bank/bank.yaml:9:15: error: instructions: image 'img/flow.png' does not exist"
                + " (paths are relative to bank.yaml) [missing-image]");
  }

  @Test
  void plainMarkdownPasses() throws Exception {
    BankFixture bank =
        BankFixture.minimal(project)
            .with("bank.yaml", BankFixture.BANK_YAML + "description: A **bold** `<code>` bank\n");

    assertThat(bank.lines()).noneMatch(line -> line.contains("bank.yaml"));
  }
}
