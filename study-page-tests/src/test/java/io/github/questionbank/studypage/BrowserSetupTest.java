package io.github.questionbank.studypage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser the tests get, and what happens without one: a missing or broken browser fails with a
 * message saying what happened and how the build provides one; the tests never skip.
 */
class BrowserSetupTest {

  private final String binary = System.getProperty("chromium.binary");

  @AfterEach
  void restore() {
    if (binary == null) {
      System.clearProperty("chromium.binary");
    } else {
      System.setProperty("chromium.binary", binary);
    }
  }

  @Test
  void startsTheConfiguredChromium() {
    try (Browser browser = Browser.start()) {
      System.out.println("Chromium " + browser.version() + " at " + binary);
      assertThat(browser.version()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
      assertThat(browser.script("() => navigator.userAgent")).asString().contains("Chrome/");
    }
  }

  @Test
  void aMissingBrowserFailsSayingWhereTheBuildPutsIt() {
    System.setProperty("chromium.binary", "/nonexistent/chromium");
    assertThatThrownBy(Browser::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No Chromium at /nonexistent/chromium")
        .hasMessageContaining("@sparticuz/chromium")
        .hasMessageContaining("-Dchromium.binary=");
  }

  @Test
  void aBrowserThatDoesNotStartFailsSayingSo(@TempDir Path folder) throws Exception {
    Path notChromium = folder.resolve("chromium");
    Files.writeString(notChromium, "#!/bin/sh\necho 'not a browser' >&2\nexit 3\n");
    assertThat(notChromium.toFile().setExecutable(true)).isTrue();
    System.setProperty("chromium.binary", notChromium.toString());
    assertThatThrownBy(Browser::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Chromium at " + notChromium + " did not start")
        .hasMessageContaining("-Dchromium.binary=");
  }
}
