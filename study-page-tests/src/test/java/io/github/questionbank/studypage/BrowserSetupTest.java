package io.github.questionbank.studypage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without Chromium the browser tests fail, saying what to install; they never skip. */
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
  void aMissingBrowserFailsWithTheInstallCommand() {
    System.setProperty("chromium.binary", "/nonexistent/chromium");
    assertThatThrownBy(Browser::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No Chromium at /nonexistent/chromium")
        .hasMessageContaining("apt-get install -y chromium chromium-driver");
  }
}
