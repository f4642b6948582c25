package io.github.questionbank.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class OutputTimestampTest {

  @Test
  void readsIso8601AndEpochSeconds() throws Exception {
    assertThat(OutputTimestamp.parse("2026-11-25T00:00:00Z"))
        .isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
    assertThat(OutputTimestamp.parse("2026-11-25T01:00:00+01:00"))
        .isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
    assertThat(OutputTimestamp.parse("1764028800")).isEqualTo(Instant.ofEpochSecond(1764028800L));
  }

  @Test
  void unsetStillGivesAFixedDate() throws Exception {
    assertThat(OutputTimestamp.parse(null)).isEqualTo(OutputTimestamp.UNSET);
    assertThat(OutputTimestamp.parse("1")).isEqualTo(OutputTimestamp.UNSET);
  }

  @Test
  void nonsenseNamesTheProperty() {
    assertThatThrownBy(() -> OutputTimestamp.parse("yesterday"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("project.build.outputTimestamp 'yesterday'");
  }
}
