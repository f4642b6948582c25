package io.github.questionbank.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The toolchain's name and version, as the build stamped them into the jar. */
public final class ToolInfo {

  public static final String NAME = "questionbank";
  public static final String INFORMATION_URI = "https://github.com/questionbank/questionbank";

  private static final String VERSION = load();

  private ToolInfo() {}

  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ToolInfo.class.getResourceAsStream("questionbank.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
