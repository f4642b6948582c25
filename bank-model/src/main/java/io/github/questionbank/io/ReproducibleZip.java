package io.github.questionbank.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip archive whose bytes depend only on what is put in it: entries in the order they are
 * added, each dated with the build's timestamp instead of the moment it was written, and no extra
 * fields. Closing it finishes the archive but leaves the underlying stream open, so that it can
 * write into an {@code OutputStage}.
 */
public final class ReproducibleZip implements AutoCloseable {

  /** Writes an entry's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  // A zip entry's DOS date cannot say anything before 1980 or after 2107.
  private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private final ZipOutputStream zip;
  private final LocalDateTime time;
  private final Set<String> names = new HashSet<>();

  /**
   * @param out where the archive goes; stays open
   * @param timestamp the date of every entry
   */
  public ReproducibleZip(OutputStream out, Instant timestamp) {
    this.zip = new ZipOutputStream(new KeepOpen(out));
    this.time = dosTime(timestamp);
  }

  public void add(String name, byte[] content) throws IOException {
    begin(name);
    zip.write(content);
    zip.closeEntry();
  }

  /** Streams a file into the archive, for content too large to hold in memory twice. */
  public void add(String name, Path file) throws IOException {
    add(name, out -> Files.copy(file, out));
  }

  /** Adds an entry whose content a writer streams (it must not close the stream it is given). */
  public void add(String name, Content content) throws IOException {
    begin(name);
    content.writeTo(zip);
    zip.closeEntry();
  }

  private void begin(String name) throws IOException {
    if (!names.add(name)) {
      throw new IOException("zip entry written twice: " + name);
    }
    ZipEntry entry = new ZipEntry(name);
    // In UTC, and as a local date-time: setTime would convert through the default time zone and
    // make the bytes depend on where the build runs.
    entry.setTimeLocal(time);
    zip.putNextEntry(entry);
  }

  /** Writes the central directory and releases the deflater; the underlying stream stays open. */
  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** The timestamp as a zip entry can hold it: whole seconds in UTC, within 1980-2107. */
  public static LocalDateTime dosTime(Instant timestamp) {
    LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC).withNano(0);
    return time.isBefore(EARLIEST) ? EARLIEST : time.isAfter(LATEST) ? LATEST : time;
  }

  /** Lets the zip stream finish without closing the caller's stream. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
