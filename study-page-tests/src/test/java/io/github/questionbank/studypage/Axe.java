package io.github.questionbank.studypage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core, from {@code study-page-tests/node_modules} (pinned in {@code package.json} and {@code
 * package-lock.json}, installed by the build's {@code npm ci}), run inside the page. Scripts that
 * Playwright evaluates are not subject to the page's CSP, so the page needs no exception for it.
 */
final class Axe {

  private Axe() {}

  /** One rule's violations: its id, impact, help text and the first few elements it names. */
  record Violation(String id, String impact, String help, long count, List<String> targets) {
    @Override
    public String toString() {
      return impact + " " + id + " (" + count + "): " + help + " " + targets;
    }
  }

  static List<Violation> run(Browser browser) throws IOException {
    Path axe = Path.of(System.getProperty("studyPage.axe", "node_modules/axe-core/axe.min.js"));
    if (!Files.isRegularFile(axe)) {
      throw new IllegalStateException(
          "axe-core is not installed at "
              + axe
              + ": the build installs it (npm ci in generate-test-resources); run ./mvnw -B verify"
              + " from the repository root.");
    }
    // The script's own text as a function's body: it defines window.axe.
    browser.script("() => {\n" + Files.readString(axe, StandardCharsets.UTF_8) + "\n}");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> found =
        (List<Map<String, Object>>)
            browser.script(
                "() => axe.run(document, {resultTypes: ['violations']})"
                    + ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact,"
                    + " help: v.help, count: v.nodes.length,"
                    + " targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))"
                    + ".catch(e => [{id: 'axe-error', impact: 'critical',"
                    + " help: String(e), count: 1, targets: []}])");
    return found.stream()
        .map(
            v ->
                new Violation(
                    (String) v.get("id"),
                    (String) v.get("impact"),
                    (String) v.get("help"),
                    ((Number) v.get("count")).longValue(),
                    castList(v.get("targets"))))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object list) {
    return (List<String>) list;
  }
}
