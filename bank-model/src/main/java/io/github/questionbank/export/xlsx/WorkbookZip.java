package io.github.questionbank.export.xlsx;

import io.github.questionbank.io.ReproducibleZip;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites the zip archive POI wrote (an Office document is one) as a {@link ReproducibleZip}:
 * entries in a fixed order, each dated with the build's timestamp instead of the moment POI wrote
 * it.
 */
final class WorkbookZip {

  /** The OPC part that Office convention puts first; every other entry follows by name. */
  static final String CONTENT_TYPES = "[Content_Types].xml";

  static final Comparator<String> ORDER =
      Comparator.comparing((String name) -> !name.equals(CONTENT_TYPES))
          .thenComparing(Comparator.naturalOrder());

  private WorkbookZip() {}

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
    try (ReproducibleZip copy = new ReproducibleZip(out, timestamp)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        copy.add(entry.getKey(), entry.getValue());
      }
    }
  }
}
