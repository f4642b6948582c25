package io.github.questionbank.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputStageTest {

  @TempDir Path output;

  @Test
  void nothingReachesTheTargetsBeforeCommit() throws Exception {
    Files.writeString(output.resolve("a.txt"), "old a");
    try (OutputStage stage = new OutputStage(output)) {
      stage.write("a.txt", "new a".getBytes(StandardCharsets.UTF_8));
      stage.write("sub/b.txt", "new b".getBytes(StandardCharsets.UTF_8));
      assertThat(Files.readString(output.resolve("a.txt"))).isEqualTo("old a");
      assertThat(output.resolve("sub/b.txt")).doesNotExist();
      stage.commit();
    }
    assertThat(Files.readString(output.resolve("a.txt"))).isEqualTo("new a");
    assertThat(Files.readString(output.resolve("sub/b.txt"))).isEqualTo("new b");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aStageClosedWithoutCommitLeavesNoTrace() throws Exception {
    Files.writeString(output.resolve("a.txt"), "old a");
    try (OutputStage stage = new OutputStage(output)) {
      stage.write("a.txt", "new a".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.readString(output.resolve("a.txt"))).isEqualTo("old a");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aMoveThatFailsPartWayPutsTheEarlierOutputsBack() throws Exception {
    Files.writeString(output.resolve("a.txt"), "old a");
    OutputStage stage = new OutputStage(output);
    stage.write("a.txt", "new a".getBytes(StandardCharsets.UTF_8));
    stage.write("fresh.txt", "fresh".getBytes(StandardCharsets.UTF_8));
    stage.write("b/c.txt", "new c".getBytes(StandardCharsets.UTF_8));
    // The last staged file vanishes (a full disk, a cleaner): its move fails after the others.
    Files.delete(output.resolve("b").resolve(onlyTemporary(output.resolve("b"))));
    assertThatThrownBy(stage::commit).isInstanceOf(IOException.class);
    stage.close();

    assertThat(Files.readString(output.resolve("a.txt"))).isEqualTo("old a");
    assertThat(output.resolve("fresh.txt")).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void refusesToWriteOutsideTheOutputDirectory() {
    try (OutputStage stage = new OutputStage(output)) {
      assertThatThrownBy(() -> stage.write("../escape.txt", new byte[0]))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("outside the output directory");
    }
  }

  private static String onlyTemporary(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".tmp"))
          .findFirst()
          .orElseThrow();
    }
  }

  private Stream<Path> temporaryFiles() throws IOException {
    return Files.walk(output).filter(p -> p.getFileName().toString().endsWith(".tmp"));
  }

  private java.util.List<Path> leftovers() throws IOException {
    try (Stream<Path> files = temporaryFiles()) {
      return files.toList();
    }
  }
}
