package io.github.questionbank.maven;

import io.github.questionbank.load.BankNotFoundException;
import io.github.questionbank.select.PackConfigurationException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Maps environment trouble (a missing directory, an unreadable file, a full disk) to a {@link
 * MojoExecutionException} that names the path and says what to change. Bad content never gets here:
 * it is a diagnostic.
 */
final class Failures {

  private Failures() {}

  /** A {@code <packs>} or {@code <formats>} configuration the bank cannot satisfy. */
  static MojoExecutionException of(PackConfigurationException e) {
    return new MojoExecutionException(ConfigurationMessages.of(e), e);
  }

  static MojoExecutionException of(IOException e, Requests requests) {
    if (e instanceof BankNotFoundException missing) {
      return new MojoExecutionException(
          "No question bank at "
              + requests.display(missing.directory())
              + ": create it with bank.yaml, lessons.yaml and questions/, or point the plugin at"
              + " your bank with <directory> in the POM or -Dbank.directory=...",
          e);
    }
    String path =
        e instanceof FileSystemException fs && fs.getFile() != null
            ? fs.getFile()
            : requests.display(requests.directory());
    String reason =
        e instanceof AccessDeniedException
            ? "permission denied"
            : e instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new MojoExecutionException("Cannot read or write " + path + ": " + reason, e);
  }

  /**
   * A failure of the toolchain itself, not of the bank or the disk: one line that says so and what
   * to send, instead of Maven's "internal error" page (the cause stays attached for {@code -e}).
   */
  static MojoExecutionException internal(RuntimeException e) {
    return new MojoExecutionException(
        "The question bank toolchain failed ("
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage())
            + "); this is a bug, not a problem of your bank: please report it with the output of"
            + " mvn -e",
        e);
  }
}
