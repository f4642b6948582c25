package io.github.questionbank.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the files of an export in temporary files next to their targets, and moves them all into
 * place at the end. Until {@link #commit()}, the previous outputs stay exactly as they were; {@link
 * #close()} removes whatever was not committed.
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
    staged
        .keySet()
        .forEach(p -> files.add(outputDirectory.relativize(p).toString().replace('\\', '/')));
    return files;
  }

  /**
   * Moves every staged file over its target, each atomically where the file system can. If a move
   * fails part-way, the outputs already replaced are put back, so the output directory holds either
   * all the new files or all the old ones.
   */
  public synchronized void commit() throws IOException {
    Map<Path, Path> backups = new LinkedHashMap<>();
    List<Path> created = new ArrayList<>();
    try {
      for (Map.Entry<Path, Path> entry : staged.entrySet()) {
        Path target = entry.getKey();
        if (Files.exists(target)) {
          Path backup = AtomicFile.temporaryFor(target);
          move(target, backup);
          backups.put(target, backup);
        } else {
          created.add(target);
        }
        move(entry.getValue(), target);
      }
    } catch (IOException e) {
      restore(backups, created, e);
      throw e;
    }
    for (Path backup : backups.values()) {
      Files.deleteIfExists(backup);
    }
    staged.clear();
  }

  private static void restore(Map<Path, Path> backups, List<Path> created, IOException failure) {
    for (Path target : created) {
      try {
        Files.deleteIfExists(target);
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
    for (Map.Entry<Path, Path> backup : backups.entrySet()) {
      try {
        move(backup.getValue(), backup.getKey());
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
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
