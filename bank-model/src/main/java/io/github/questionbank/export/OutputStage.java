package io.github.questionbank.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import io.github.questionbank.output.AtomicFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the files of an export in temporary files next to their targets, and moves them all
 * into place at the end. Until {@link #commit()}, the previous outputs stay exactly as they were;
 * {@link #close()} removes whatever was not committed.
 */
public final class OutputStage implements AutoCloseable {

  /** Writes a file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Path outputDirectory;
  private final Map<Path, Path> staged = new LinkedHashMap<>();

  public OutputStage(Path outputDirectory) {
    this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
  }

  /**
   * Stages a file.
   *
   * @param relativePath where it goes, relative to the output directory ({@code x.media/a.png})
   * @return the size written, in bytes
   */
  public synchronized long write(String relativePath, Content content) throws IOException {
    Path target = outputDirectory.resolve(relativePath).normalize();
    if (!target.startsWith(outputDirectory)) {
      throw new IOException("refusing to write outside the output directory: " + relativePath);
    }
    Files.createDirectories(target.getParent());
    Path temporary = AtomicFile.temporaryFor(target);
    Path previous = staged.put(target, temporary);
    if (previous != null) {
      Files.deleteIfExists(previous);
    }
    try (OutputStream out =
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      content.writeTo(out);
    }
    return Files.size(temporary);
  }

  public long write(String relativePath, byte[] bytes) throws IOException {
    return write(relativePath, out -> out.write(bytes));
  }

  /** The files staged so far, relative to the output directory. */
  public synchronized List<String> files() {
    List<String> files = new ArrayList<>();
    staged.keySet().forEach(p -> files.add(outputDirectory.relativize(p).toString().replace('\\', '/')));
    return files;
  }

  /** Moves every staged file over its target, each atomically where the file system can. */
  public synchronized void commit() throws IOException {
    for (Map.Entry<Path, Path> entry : staged.entrySet()) {
      try {
        Files.move(
            entry.getValue(),
            entry.getKey(),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    staged.clear();
  }

  /** Deletes every temporary file that was not committed. */
  @Override
  public synchronized void close() {
    List<IOException> failures = new ArrayList<>();
    for (Path temporary : staged.values()) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        failures.add(e);
      }
    }
    staged.clear();
    if (!failures.isEmpty()) {
      throw new UncheckedIOException("cannot remove temporary files", failures.get(0));
    }
  }
}
