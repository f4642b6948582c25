package io.github.questionbank.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnkiEngineSetupTest {

  @Test
  void opensACollection(@TempDir Path folder) {
    try (AnkiProfile profile = AnkiProfile.open(folder, "en")) {
      assertThat(profile.engine().getNotetypeNames()).isNotEmpty();
    }
  }
}
