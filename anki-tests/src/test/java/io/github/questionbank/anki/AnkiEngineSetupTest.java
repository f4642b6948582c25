package io.github.questionbank.anki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine the tests get, and what happens without one: a missing library, or one that does not
 * load on this machine, fails with a message saying why and how to leave the module out; the tests
 * never skip.
 */
class AnkiEngineSetupTest {

  @Test
  void opensAFreshCollectionWithTheStockNoteTypesInItsLanguage(@TempDir Path folder)
      throws Exception {
    try (AnkiProfile english =
            AnkiProfile.open(Files.createDirectories(folder.resolve("en")), "en");
        AnkiProfile german =
            AnkiProfile.open(Files.createDirectories(folder.resolve("de")), "de")) {
      assertThat(english.engine().getNotetypeNames())
          .extracting(n -> n.getName())
          .contains("Basic");
      assertThat(german.engine().getNotetypeNames())
          .extracting(n -> n.getName())
          .contains("Einfach")
          .doesNotContain("Basic");
      assertThat(english.notes()).isEmpty();
    }
  }

  @Test
  void aMissingLibraryFailsSayingWhereTheBuildPutsIt(@TempDir Path folder) {
    Path missing = folder.resolve("librsdroid.so");
    assertThatThrownBy(() -> NativeLibrary.load(missing, "Linux", "aarch64"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No Anki engine at " + missing)
        .hasMessageContaining("anki-android-backend-testing")
        .hasMessageContaining("Linux aarch64")
        .hasMessageContaining("-pl '!anki-tests'");
  }

  @Test
  void aLibraryThatDoesNotLoadHereFailsSayingSo(@TempDir Path folder) throws Exception {
    Path notALibrary = Files.writeString(folder.resolve("librsdroid.so"), "not a library");
    assertThatThrownBy(() -> NativeLibrary.load(notALibrary, "Linux", "aarch64"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not load on Linux aarch64")
        .hasMessageContaining("Linux x86-64, macOS and Windows x86-64")
        .hasMessageContaining("-pl '!anki-tests'");
  }

  @Test
  void eachOperatingSystemGetsItsLibrary() {
    assertThat(NativeLibrary.fileName("Linux")).isEqualTo("librsdroid.so");
    assertThat(NativeLibrary.fileName("Mac OS X")).isEqualTo("librsdroid.dylib");
    assertThat(NativeLibrary.fileName("Windows 11")).isEqualTo("rsdroid.dll");
  }
}
