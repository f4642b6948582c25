package io.github.questionbank.studypage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every test class of a page in the browser shares: one headless Chromium for the class, and
 * after every test, no warning or error in the console.
 */
abstract class PageInBrowser {

  static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @AfterEach
  void loggedNoError() {
    browser.assertNoConsoleErrors();
  }
}
