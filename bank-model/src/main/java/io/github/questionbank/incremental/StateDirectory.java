package io.github.questionbank.incremental;

import java.nio.file.Path;

/**
 * Where the toolchain keeps what it remembers between builds (the records of the last validation
 * and export): beside the output directory, never inside it, since the output directory is what
 * authors publish. For {@code target/bank} it is {@code target/bank-state}.
 */
public final class StateDirectory {

  private StateDirectory() {}

  /** The state directory that goes with an output directory: its sibling, named after it. */
  public static Path besideOutputs(Path outputDirectory) {
    Path output = outputDirectory.toAbsolutePath().normalize();
    return output.resolveSibling(output.getFileName() + "-state");
  }
}
