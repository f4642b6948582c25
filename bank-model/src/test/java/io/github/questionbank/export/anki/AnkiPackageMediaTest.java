package io.github.questionbank.export.anki;

import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local images travel inside the package, once each, under the names the notes use. */
class AnkiPackageMediaTest {

  private static final Pattern IMG_SRC = Pattern.compile("<img src=\"([^\"]+)\"");
  private static final byte[] BASICS_DIAGRAM = {1, 2, 3};
  private static final byte[] ADVANCED_DIAGRAM = {4, 5, 6, 7};

  @TempDir Path temp;

  @Test
  void twoDiagramsOfTheSameNameStayDistinctAndAnImageUsedTwiceIsStoredOnce() throws Exception {
    BankFixture fixture =
        BankFixture.minimal(temp.resolve("project"))
            .with("questions/basics/img/diagram.png", BASICS_DIAGRAM)
            .with("questions/advanced/img/diagram.png", ADVANCED_DIAGRAM)
            .withAnswer(
                "See ![the flow](img/diagram.png) and ![remote](https://example.com/r.png).")
            .with(
                BankFixture.WHY,
                question(
                    "why-use-it",
                    "MEDIUM",
                    "[\"01\"]",
                    "Why?",
                    "Again: ![flow](./img/diagram.png)"))
            .with(
                BankFixture.HOW,
                question("how-does-it-work", "HIGH", "[\"02\"]", "How?", "![d](img/diagram.png)"));
    fixture.write();
    AnkiPackageFile apkg =
        AnkiPackageTesting.export(
            AnkiExportRun.wholeBank(AnkiExportRun.bank(fixture.project())),
            fixture.project(),
            temp.resolve("out"));
    JsonNode noteType = apkg.collection().noteType();
    List<String> answers =
        apkg.notesInPackOrder().stream().map(note -> note.field(noteType, "Answer")).toList();

    String basics = onlySource(answers.get(0));
    String advanced = onlySource(answers.get(2));
    assertThat(onlySource(answers.get(1))).isEqualTo(basics);
    assertThat(basics).matches("diagram-[0-9a-f]{12}\\.png").isNotEqualTo(advanced);
    assertThat(advanced).matches("diagram-[0-9a-f]{12}\\.png");
    // Numbered entries 0, 1 in the media map's order, one per distinct image.
    assertThat(apkg.mediaMap().keySet()).containsExactly("0", "1");
    assertThat(apkg.mediaMap().values()).containsExactlyInAnyOrder(basics, advanced);
    assertThat(apkg.entryNames()).containsExactly("collection.anki2", "media", "0", "1");
    assertThat(apkg.media(basics)).isEqualTo(BASICS_DIAGRAM);
    assertThat(apkg.media(advanced)).isEqualTo(ADVANCED_DIAGRAM);
    // A remote image is left to the card, as in the CSV; it is not fetched into the package.
    assertThat(answers.get(0)).contains("<img src=\"https://example.com/r.png\"");
    // The same names as the CSV's media folder.
    assertThat(temp.resolve("out/mini-bank.media").resolve(basics))
        .hasBinaryContent(BASICS_DIAGRAM);
  }

  private static String onlySource(String html) {
    Matcher matcher = IMG_SRC.matcher(html);
    List<String> sources = new ArrayList<>();
    while (matcher.find()) {
      if (!matcher.group(1).startsWith("http")) {
        sources.add(matcher.group(1));
      }
    }
    assertThat(sources).as("local images in %s", html).hasSize(1);
    return sources.get(0);
  }
}
