package io.github.questionbank.maven;

import io.github.questionbank.load.BankNotFoundException;
import io.github.questionbank.select.PackConfigurationException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
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
    return complete(ConfigurationMessages.of(e));
  }

  static MojoExecutionException of(IOException e, Requests requests) {
    if (e instanceof BankNotFoundException missing) {
      return complete(
          "No question bank at "
              + requests.display(missing.directory())
              + ": create it with bank.yaml, lessons.yaml and questions/, or point the plugin at"
              + " your bank with <directory> in the POM or -Dbank.directory=...");
    }
    String path =
        e instanceof FileSystemException fs && fs.getFile() != null
            ? requests.display(Path.of(fs.getFile()))
            : requests.display(requests.directory());
    String reason = reason(e);
    return new MojoExecutionException("Cannot read or write " + path + ": " + reason, e);
  }

  /**
   * A failure whose message says all there is to say. Maven appends the message of every cause to
   * the line it prints; the core's own wording of the same problem would only repeat it, less
   * clearly (and with absolute paths), so no cause is attached.
   */
  private static MojoExecutionException complete(String message) {
    return new MojoExecutionException(null, message, message);
  }

  /** Why a file could not be read or written, in words (Java's exception names are not). */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way of a folder: move it, or choose another"
          + " <outputDirectory>";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason(); // the system's words: "No space left on device", ...
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
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
