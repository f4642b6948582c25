package io.github.questionbank.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file so that readers see either the old content or the new, never a half-written one:
 * the bytes go to a temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFile {

  private static final AtomicLong COUNTER = new AtomicLong();

  private AtomicFile() {}

  /**
   * A fresh hidden name next to the target. Unlike {@code Files.createTempFile}, the file is then
   * created with the usual permissions, so the output is as readable as any other build output.
   */
  public static Path temporaryFor(Path target) {
    return target.resolveSibling(
        "."
            + target.getFileName()
            + "."
            + ProcessHandle.current().pid()
            + "-"
            + COUNTER.incrementAndGet()
            + ".tmp");
  }

  /**
   * Writes the content unless the file already holds exactly these bytes, so that an unchanged
   * report keeps its modification time (and whatever watches it stays quiet).
   */
  public static void writeIfChanged(Path target, byte[] content) throws IOException {
    if (Files.isRegularFile(target)
        && Files.size(target) == content.length
        && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
      return;
    }
    write(target, content);
  }

  public static void write(Path target, byte[] content) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = temporaryFor(target);
    try {
      Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
