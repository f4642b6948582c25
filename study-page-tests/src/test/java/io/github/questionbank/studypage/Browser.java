package io.github.questionbank.studypage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven through the system's chromedriver. Both paths are given explicitly, so
 * Selenium Manager never looks for (or downloads) a browser or a driver; when either is missing the
 * tests fail with a message that says how to install them, they never skip.
 */
final class Browser implements AutoCloseable {

  private static final String INSTALL =
      "The study page's browser tests need Chromium and its driver. On Debian or Ubuntu: "
          + "sudo apt-get update && sudo apt-get install -y chromium chromium-driver. "
          + "Elsewhere, point -Dchromium.binary=... and -Dchromedriver.path=... at your own.";

  final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  static Browser start() {
    Path binary = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("chromedriver.path", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException("No Chromium at " + binary + ". " + INSTALL);
    }
    if (!Files.isExecutable(chromedriver)) {
      throw new IllegalStateException("No chromedriver at " + chromedriver + ". " + INSTALL);
    }
    System.setProperty("webdriver.chrome.driver", chromedriver.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--window-size=1280,900");
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    logging.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return new Browser(driver);
  }

  /** Opens a page with no marks stored and the screen's media, light scheme. */
  void open(Path page) {
    emulate("screen", "light");
    driver.get(page.toUri().toString());
    driver.executeScript("window.localStorage.clear();");
    // What the first load logged is logged again by the reload, which the test then reads.
    drainLogs();
    driver.navigate().refresh();
  }

  /** CDP Emulation.setEmulatedMedia: {@code screen} or {@code print}, light or dark. */
  void emulate(String media, String colorScheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of(
            "media",
            media,
            "features",
            List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Whether the element is rendered: not display:none, not in a closed panel, not invisible. */
  boolean rendered(WebElement element) {
    return (Boolean)
        script(
            "const e = arguments[0];"
                + " return e.checkVisibility({contentVisibilityAuto: true,"
                + " visibilityProperty: true}) && e.getBoundingClientRect().height > 0;",
            element);
  }

  String status() {
    return find("#filter-status").getText();
  }

  long shownQuestions() {
    return all("article.question").stream().filter(this::rendered).count();
  }

  /** The console's messages since the last call (reading them empties the log). */
  List<String> consoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    return errors;
  }

  /** The URLs the page asked the network for, from the performance log (which this empties). */
  List<String> requests() {
    List<String> urls = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String message = entry.getMessage();
      if (message.contains("\"Network.requestWillBeSent\"")) {
        int at = message.indexOf("\"url\":\"", message.indexOf("\"request\":"));
        urls.add(message.substring(at + 7, message.indexOf('"', at + 7)));
      }
    }
    return urls;
  }

  void drainLogs() {
    driver.manage().logs().get(LogType.BROWSER);
  }

  void assertNoConsoleErrors() {
    assertThat(consoleErrors()).as("console warnings and errors").isEmpty();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
