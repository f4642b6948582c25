package io.github.questionbank.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.incremental.StateDirectory;
import io.github.questionbank.select.PackSpec;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an export wrote and the next one does not write is removed, and nothing else. */
class StaleOutputsTest {

  @TempDir Path temp;

  @Test
  void theFilesOfARemovedPackGoAndEverythingElseStays() throws Exception {
    BankFixture fixture =
        BankFixture.minimal(temp.resolve("project"))
            .with("questions/basics/img/flow.png", new byte[] {1, 2, 3})
            .withAnswer("See ![the flow](img/flow.png).");
    fixture.write();
    Path output = temp.resolve("out");
    PackSpec cards = pack("cards", "basics", List.of("anki-csv", "html"));
    PackSpec advanced = pack("advanced-cards", "advanced", List.of("anki-csv"));
    ExportRun.export(fixture.project(), output, List.of(cards, advanced), List.of(), PageSize.A4);
    assertThat(files(output)).contains("cards.anki.csv", "cards.html", "advanced-cards.anki.csv");
    assertThat(files(output)).anyMatch(file -> file.startsWith("cards.media/flow-"));
    // An author's own file in the output folder is none of the export's business.
    Files.writeString(output.resolve("notes.txt"), "mine");
    List<String> removed = new ArrayList<>();

    // The next build keeps only the advanced pack.
    new Export()
        .export(
            new ExportRequest(
                fixture.project(),
                fixture.bankDirectory(),
                output,
                List.of(advanced),
                List.of(),
                ExportRun.TIMESTAMP,
                PageSize.A4,
                false,
                new ExportListener() {
                  @Override
                  public void removed(String file) {
                    removed.add(file);
                  }
                },
                StateDirectory.besideOutputs(output)),
            Optional.empty());

    assertThat(removed)
        .hasSize(3)
        .contains("cards.anki.csv", "cards.html")
        .anyMatch(file -> file.startsWith("cards.media/flow-"));
    assertThat(files(output))
        .contains("advanced-cards.anki.csv", "notes.txt")
        .noneMatch(file -> file.startsWith("cards."));
    assertThat(output.resolve("cards.media")).doesNotExist();
  }

  private static PackSpec pack(String id, String section, List<String> formats) {
    return new PackSpec(
        id, Optional.empty(), List.of(section), List.of(), List.of(), List.of(), formats);
  }

  private static List<String> files(Path output) throws Exception {
    try (Stream<Path> walk = Files.walk(output)) {
      return walk.filter(Files::isRegularFile)
          .map(file -> output.relativize(file).toString().replace('\\', '/'))
          .toList();
    }
  }
}
