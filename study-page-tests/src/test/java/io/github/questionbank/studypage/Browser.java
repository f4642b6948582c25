package io.github.questionbank.studypage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Headless Chromium driven by Playwright for Java. The browser is never downloaded by Playwright:
 * it is the one at {@code -Dchromium.binary}, by default the Chromium that the build unpacked from
 * the npm package {@code @sparticuz/chromium} into {@code target/chromium}. Playwright's driver
 * runs on the machine's Node.js. When the browser is missing or does not start, the tests fail with
 * a message that says so; they never skip.
 */
final class Browser implements AutoCloseable {

  static final String HOW =
      "The build unpacks Chromium from the npm package @sparticuz/chromium into"
          + " study-page-tests/target/chromium before the tests (npm ci, then node"
          + " unpack-chromium.mjs, in generate-test-resources): run ./mvnw -B verify from the"
          + " repository root, or point -Dchromium.binary=... at a Chromium of your own.";

  /** Console message types that fail a test, as WARNING and SEVERE did in Chrome's log. */
  private static final Set<String> WARNINGS_AND_ERRORS = Set.of("warning", "error", "assert");

  private final Playwright playwright;
  final Page page;
  private final List<String> console = new ArrayList<>();
  private final List<String> requests = new ArrayList<>();

  private Browser(Playwright playwright, Page page) {
    this.playwright = playwright;
    this.page = page;
    page.onConsoleMessage(this::logged);
    page.onPageError(error -> console.add("pageerror " + error));
    page.onCrash(crashed -> console.add("crash: the page crashed"));
    page.context().onRequest(request -> requests.add(request.url()));
  }

  /** A browser with one empty page. */
  static Browser start() {
    return start(true);
  }

  /** A browser whose page runs no script, as with JavaScript turned off. */
  static Browser withoutJavaScript() {
    return start(false);
  }

  private static Browser start(boolean javaScript) {
    Path binary =
        Path.of(System.getProperty("chromium.binary", "target/chromium/chromium"))
            .toAbsolutePath()
            .normalize();
    if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) {
      throw new IllegalStateException("No Chromium at " + binary + ". " + HOW);
    }
    Path node = node();
    Map<String, String> driverEnv = new HashMap<>();
    driverEnv.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    driverEnv.put("PLAYWRIGHT_NODEJS_PATH", node.toString());
    Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(driverEnv));
    try {
      com.microsoft.playwright.Browser chromium =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(binary)
                      .setHeadless(true)
                      .setEnv(browserEnv(binary))
                      .setArgs(List.of("--disable-dev-shm-usage", "--disable-gpu")));
      BrowserContext context =
          chromium.newContext(
              new com.microsoft.playwright.Browser.NewContextOptions()
                  .setViewportSize(1280, 900)
                  .setJavaScriptEnabled(javaScript));
      return new Browser(playwright, context.newPage());
    } catch (RuntimeException e) {
      playwright.close();
      throw new IllegalStateException(
          "Chromium at " + binary + " did not start: " + e.getMessage() + "\n" + HOW, e);
    }
  }

  /**
   * The browser's environment: ours, and when the binary is the one unpacked from
   * {@code @sparticuz/chromium}, its own NSS libraries ({@code al2023/lib} next to it) first on the
   * library path, so that it needs no system package.
   */
  private static Map<String, String> browserEnv(Path binary) {
    Map<String, String> env = new HashMap<>(System.getenv());
    Path libraries = binary.resolveSibling("al2023").resolve("lib");
    if (Files.isDirectory(libraries)) {
      String path = env.get("LD_LIBRARY_PATH");
      env.put(
          "LD_LIBRARY_PATH",
          path == null || path.isEmpty() ? libraries.toString() : libraries + ":" + path);
    }
    return env;
  }

  /** The machine's Node.js, which runs Playwright's driver (and ran npm ci before the tests). */
  private static Path node() {
    String name =
        System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("windows")
            ? "node.exe"
            : "node";
    String path = System.getenv("PATH");
    for (String folder : (path == null ? "" : path).split(File.pathSeparator)) {
      if (!folder.isEmpty()) {
        Path node = Path.of(folder, name);
        if (Files.isRegularFile(node) && Files.isExecutable(node)) {
          return node.toAbsolutePath();
        }
      }
    }
    throw new IllegalStateException(
        "No Node.js on the PATH: Playwright's driver runs on it (Node 20 or newer).");
  }

  /** The browser's version, e.g. {@code 153.0.7908.0}. */
  String version() {
    return page.context().browser().version();
  }

  private void logged(ConsoleMessage message) {
    if (WARNINGS_AND_ERRORS.contains(message.type())) {
      console.add(message.type() + " " + message.text() + " (" + message.location() + ")");
    }
  }

  /** Opens a page with no marks stored and the screen's media, light scheme. */
  void open(Path file) {
    emulate("screen", "light");
    page.navigate(file.toUri().toString());
    page.evaluate("() => window.localStorage.clear()");
    // What the first load logged is logged again by the reload, which the test then reads.
    console.clear();
    page.reload();
  }

  void reload() {
    page.reload();
  }

  /** Emulates {@code screen} or {@code print} media, {@code light} or {@code dark} scheme. */
  void emulate(String media, String colorScheme) {
    page.emulateMedia(
        new Page.EmulateMediaOptions()
            .setMedia(Media.valueOf(media.toUpperCase(Locale.ROOT)))
            .setColorScheme(ColorScheme.valueOf(colorScheme.toUpperCase(Locale.ROOT))));
  }

  /** Runs a function in the page and returns its (awaited) result. */
  Object script(String function) {
    return page.evaluate(function);
  }

  /** The first element the selector matches (a test fails if there is none). */
  Locator find(String css) {
    return page.locator(css).first();
  }

  List<Locator> all(String css) {
    return page.locator(css).all();
  }

  /** Whether the element is rendered: not display:none, not in a closed panel, not invisible. */
  boolean rendered(Locator element) {
    return (Boolean)
        element.evaluate(
            "e => e.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true})"
                + " && e.getBoundingClientRect().height > 0");
  }

  String status() {
    return find("#filter-status").innerText();
  }

  long shownQuestions() {
    return all("article.question").stream().filter(this::rendered).count();
  }

  /** The console's warnings and errors (and the page's uncaught errors) since the last call. */
  List<String> consoleErrors() {
    List<String> errors = List.copyOf(console);
    console.clear();
    return errors;
  }

  /** The URLs the page asked the network for since the last call (data: URIs are not reported). */
  List<String> requests() {
    List<String> urls = List.copyOf(requests);
    requests.clear();
    return urls;
  }

  void assertNoConsoleErrors() {
    assertThat(consoleErrors()).as("console warnings and errors").isEmpty();
  }

  @Override
  public void close() {
    playwright.close();
  }
}
