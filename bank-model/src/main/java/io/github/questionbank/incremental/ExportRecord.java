package io.github.questionbank.incremental;

import io.github.questionbank.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the last export left in the output directory ({@code .bank-export.fingerprint}): the
 * fingerprint of its inputs on the first line, then every file it wrote. It answers both questions
 * the next export asks: is everything still up to date, and which files did the last export write.
 *
 * @param fingerprint the inputs' fingerprint, empty if there was no record
 * @param files the files written, relative to the output directory
 */
public record ExportRecord(String fingerprint, List<String> files) {

  private static final ExportRecord NONE = new ExportRecord("", List.of());

  public ExportRecord {
    files = List.copyOf(files);
  }

  /** The record in {@code file}, or an empty one if there is none. */
  public static ExportRecord read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.isEmpty() ? NONE : new ExportRecord(lines.get(0), lines.subList(1, lines.size()));
  }

  /** Whether an export with this fingerprint has nothing to do: same inputs, every file there. */
  public boolean upToDate(String inputs, Path output) {
    return !fingerprint.isEmpty()
        && fingerprint.equals(inputs)
        && files.stream().allMatch(name -> Files.isRegularFile(output.resolve(name)));
  }

  public void write(Path file) throws IOException {
    StringBuilder text = new StringBuilder(fingerprint).append('\n');
    files.forEach(name -> text.append(name).append('\n'));
    AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
