package io.github.questionbank.studypage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks the page tests rely on see what they look for: on a faulty page, the request to
 * another host, a console warning, an uncaught error and a missing alt text are all reported. If
 * one of them went blind, the page tests' "nothing reported" would pass whatever the page did.
 */
class BrowserChecksTest {

  @TempDir static Path folder;

  @Test
  void reportsRequestsConsoleErrorsAndAxeViolations() throws Exception {
    Path faulty = folder.resolve("faulty.html");
    Files.writeString(
        faulty,
        "<!doctype html><html lang=\"en\"><title>Faulty</title><main>"
            + "<img src=\"http://127.0.0.1:9/pixel.png\">"
            + "<script>console.warn('a warning');"
            + " setTimeout(() => { throw new Error('an uncaught error'); });</script></main>");
    try (Browser browser = Browser.start()) {
      browser.open(faulty);
      browser.script("() => new Promise(done => setTimeout(done, 100))");

      assertThat(browser.requests())
          .contains(faulty.toUri().toString(), "http://127.0.0.1:9/pixel.png");
      assertThat(browser.consoleErrors())
          .anyMatch(e -> e.startsWith("warning a warning"))
          .anyMatch(e -> e.contains("an uncaught error"));
      assertThat(Axe.run(browser))
          .anyMatch(v -> v.id().equals("image-alt") && v.impact().equals("critical"));
    }
  }
}
