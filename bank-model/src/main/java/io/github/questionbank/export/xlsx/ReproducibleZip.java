package io.github.questionbank.export.xlsx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites a zip archive (an Office document is one) so that the same content always gives the same
 * bytes: entries in a fixed order, each dated with the build's timestamp instead of the moment POI
 * wrote it, and no extra fields.
 */
final class ReproducibleZip {

  /** The OPC part that Office convention puts first; every other entry follows by name. */
  static final String CONTENT_TYPES = "[Content_Types].xml";

  static final Comparator<String> ORDER =
      Comparator.comparing((String name) -> !name.equals(CONTENT_TYPES))
          .thenComparing(Comparator.naturalOrder());

  // A zip entry's DOS date cannot say anything before 1980 or after 2107.
  private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private ReproducibleZip() {}

  /**
   * Copies {@code zip} to {@code out}, which stays open.
   *
   * @param timestamp the date of every entry
   */
  static void copy(byte[] zip, Instant timestamp, OutputStream out) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>(ORDER);
    // Read through the central directory: the streaming workbook writes entries whose local
    // headers carry no sizes, which java.util.zip.ZipInputStream refuses.
    try (ZipFile in =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
        try (InputStream content = in.getInputStream(entry)) {
          if (entries.put(entry.getName(), content.readAllBytes()) != null) {
            throw new IOException("zip entry written twice: " + entry.getName());
          }
        }
      }
    }
    LocalDateTime time = dosTime(timestamp);
    try (ZipOutputStream copy = new ZipOutputStream(new KeepOpen(out))) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        ZipEntry copied = new ZipEntry(entry.getKey());
        // In UTC, and as a local date-time: setTime would convert through the default time zone
        // and make the bytes depend on where the build runs.
        copied.setTimeLocal(time);
        copy.putNextEntry(copied);
        copy.write(entry.getValue());
        copy.closeEntry();
      }
    }
  }

  static LocalDateTime dosTime(Instant timestamp) {
    LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC).withNano(0);
    return time.isBefore(EARLIEST) ? EARLIEST : time.isAfter(LATEST) ? LATEST : time;
  }

  /** Lets the zip stream finish and release its deflater without closing the caller's stream. */
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
