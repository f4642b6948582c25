package io.github.questionbank.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/** The toolchain's name and version, as the build stamped them into the jar. */
public final class ToolInfo {

  public static final String NAME = "questionbank";
  public static final String INFORMATION_URI = "https://github.com/questionbank/questionbank";

  private static final String VERSION = load();

  private ToolInfo() {}

  public static String version() {
    return VERSION;
  }

  /**
   * What identifies this build of the toolchain, for up-to-date checks: the version, and for a
   * snapshot also the size and time of its jar (or newest class), since a snapshot's code changes
   * under the same version.
   */
  public static String buildId() {
    if (!VERSION.endsWith("-SNAPSHOT")) {
      return VERSION;
    }
    try {
      Path location =
          Path.of(ToolInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return VERSION
            + "@"
            + Files.size(location)
            + "/"
            + Files.getLastModifiedTime(location).toMillis();
      }
      try (Stream<Path> files = Files.walk(location)) {
        long newest =
            files.filter(Files::isRegularFile).mapToLong(ToolInfo::modified).max().orElse(0L);
        return VERSION + "@" + newest;
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return VERSION + "@" + System.nanoTime(); // unknown: never claim to be up to date
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
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
