package io.github.questionbank.load;

import java.io.IOException;
import java.nio.file.Path;

/** The configured bank directory does not exist or is not a directory. */
public final class BankNotFoundException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path directory;

  public BankNotFoundException(Path directory) {
    super("no question bank at " + directory + ": the directory does not exist");
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }
}
