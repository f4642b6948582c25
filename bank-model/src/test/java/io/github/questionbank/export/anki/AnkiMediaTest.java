package io.github.questionbank.export.anki;

import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.markdown.HtmlRendering;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Question;
import io.github.questionbank.select.Pack;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local images go flat into {@code <pack id>.media/}, and the cards point at them by name. */
class AnkiMediaTest {

  private static final Pattern IMG_SRC = Pattern.compile("<img src=\"([^\"]+)\"");
  private static final byte[] BASICS_FLOW = {1, 2, 3};
  private static final byte[] ADVANCED_FLOW = {4, 5, 6, 7};

  @TempDir Path temp;

  private BankFixture fixture;
  private Bank bank;

  @BeforeEach
  void bankWithImages() throws Exception {
    // Two images with the same file name in different folders: one flat folder must keep both.
    fixture =
        BankFixture.minimal(temp.resolve("project"))
            .with("questions/basics/img/flow.png", BASICS_FLOW)
            .with("questions/advanced/img/flow.png", ADVANCED_FLOW)
            .withAnswer("See ![the flow](img/flow.png) and ![remote](https://example.com/r.png).")
            .with(
                BankFixture.WHY,
                question(
                    "why-use-it",
                    "MEDIUM",
                    "[\"01\"]",
                    "Why does ![icon](./img/flow.png) help?",
                    "Because it helps."))
            .with(
                BankFixture.HOW,
                question("how-does-it-work", "HIGH", "[\"02\"]", "How?", "![flow](img/flow.png)"));
    fixture.write();
    bank = AnkiExportRun.bank(fixture.project());
  }

  @Test
  void eachLocalImageIsWrittenOnceBesideTheCsvUnderTheNameTheCardUses() throws Exception {
    Path out = temp.resolve("out");
    AnkiImportFile file =
        AnkiExportRun.exportAndRead(AnkiExportRun.wholeBank(bank), fixture.project(), out);

    String basicsName = onlySource(file.column("Back").get(0));
    String advancedName = onlySource(file.column("Back").get(2));
    assertThat(basicsName).matches("flow-[0-9a-f]{12}\\.png");
    assertThat(advancedName).matches("flow-[0-9a-f]{12}\\.png").isNotEqualTo(basicsName);
    // The question text's image is the same file, reached by another path: the same name.
    assertThat(onlySource(file.column("Front").get(1))).isEqualTo(basicsName);
    assertThat(mediaFiles(out)).containsExactlyInAnyOrder(basicsName, advancedName);
    assertThat(out.resolve("mini-bank.media").resolve(basicsName)).hasBinaryContent(BASICS_FLOW);
    assertThat(out.resolve("mini-bank.media").resolve(advancedName))
        .hasBinaryContent(ADVANCED_FLOW);
    assertThat(file.column("Back").get(0))
        .contains("alt=\"the flow\"")
        .contains("<img src=\"https://example.com/r.png\"");
  }

  @Test
  void anImageHasTheSameNameInEveryPack() throws Exception {
    AnkiImportFile whole =
        AnkiExportRun.exportAndRead(
            AnkiExportRun.wholeBank(bank), fixture.project(), temp.resolve("whole"));
    Path out = temp.resolve("advanced");
    Pack advancedOnly = AnkiExportRun.sections(bank, "advanced-only", "advanced");
    AnkiImportFile advanced = AnkiExportRun.exportAndRead(advancedOnly, fixture.project(), out);

    String name = onlySource(advanced.column("Back").get(0));
    assertThat(name).isEqualTo(onlySource(whole.column("Back").get(2)));
    assertThat(mediaFiles(out)).containsExactly(name);
    assertThat(out.resolve("advanced-only.media").resolve(name)).hasBinaryContent(ADVANCED_FLOW);
  }

  @Test
  void theNameFollowsTheContentSoAnEditedImageReachesTheLearner() throws Exception {
    String before =
        onlySource(
            AnkiExportRun.exportAndRead(
                    AnkiExportRun.wholeBank(bank), fixture.project(), temp.resolve("before"))
                .column("Back")
                .get(2));

    // The author redraws the advanced flow: Anki keeps a media file it already has under the same
    // name, so the new picture must come under a new one.
    Files.write(fixture.bankDirectory().resolve("questions/advanced/img/flow.png"), BASICS_FLOW);
    Bank edited = AnkiExportRun.bank(fixture.project());
    Path out = temp.resolve("after");
    AnkiImportFile after =
        AnkiExportRun.exportAndRead(AnkiExportRun.wholeBank(edited), fixture.project(), out);

    String advanced = onlySource(after.column("Back").get(2));
    String basics = onlySource(after.column("Back").get(0));
    assertThat(advanced).isNotEqualTo(before);
    // Now both folders hold the same bytes under the same file name: one copy serves both.
    assertThat(advanced).isEqualTo(basics);
    assertThat(mediaFiles(out)).containsExactly(basics);
    assertThat(out.resolve("mini-bank.media").resolve(basics)).hasBinaryContent(BASICS_FLOW);
  }

  @Test
  void rewritingSourcesLeavesTheSharedTreesAsTheyWere() throws Exception {
    ExportContext context =
        AnkiExportRun.export(AnkiExportRun.wholeBank(bank), fixture.project(), temp.resolve("out"));

    Question what = bank.questions().findFirst().orElseThrow();
    Document answer = context.parsed().get(what).answer();
    assertThat(imageUrls(answer)).containsExactly("img/flow.png", "https://example.com/r.png");
    assertThat(HtmlRendering.html(answer)).contains("<img src=\"img/flow.png\"");
  }

  private static List<String> imageUrls(Document document) {
    List<String> urls = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof Image image) {
        urls.add(image.getUrl().toString());
      }
    }
    return urls;
  }

  private static String onlySource(String html) {
    Matcher matcher = IMG_SRC.matcher(html);
    assertThat(matcher.find()).as("an <img> in %s", html).isTrue();
    return matcher.group(1);
  }

  private static List<String> mediaFiles(Path out) throws Exception {
    Path media;
    try (Stream<Path> directories = Files.list(out)) {
      media =
          directories
              .filter(path -> path.getFileName().toString().endsWith(".media"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no media folder in " + out));
    }
    try (Stream<Path> files = Files.list(media)) {
      return files.map(path -> path.getFileName().toString()).toList();
    }
  }
}
