package io.github.questionbank.incremental;

import io.github.questionbank.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the last export wrote ({@code export.record} in the state directory): the fingerprint of its
 * inputs on the first line, then every file it wrote, relative to the output directory. It answers
 * both questions the next export asks: is everything still up to date, and which files did the last
 * export write (and this one may have to remove).
 *
 * @param fingerprint the inputs' fingerprint, empty if there was no record
 * @param files the files written, relative to the output directory
 */
public record ExportRecord(Optional<Fingerprint> fingerprint, List<String> files) {

  /** The record's file in the state directory. */
  public static final String FILE = "export.record";

  private static final ExportRecord NONE = new ExportRecord(Optional.empty(), List.of());

  public ExportRecord {
    files = List.copyOf(files);
  }

  /** A record of an export with this fingerprint that wrote these files. */
  public ExportRecord(Fingerprint fingerprint, List<String> files) {
    this(Optional.of(fingerprint), files);
  }

  /** The record in the state directory, or an empty one if there is none. */
  public static ExportRecord read(Path stateDirectory) throws IOException {
    Path file = stateDirectory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return NONE; // damaged: export everything again, as if there were no record
    }
    return lines.isEmpty()
        ? NONE
        : new ExportRecord(Fingerprint.parse(lines.get(0)), lines.subList(1, lines.size()));
  }

  /** Whether an export with this fingerprint has nothing to do: same inputs, every file there. */
  public boolean upToDate(Fingerprint inputs, Path output) {
    return fingerprint.equals(Optional.of(inputs))
        && files.stream().allMatch(name -> Files.isRegularFile(output.resolve(name)));
  }

  /**
   * The record of an export under way: it vouches for nothing (no fingerprint), and lists both the
   * files the last export wrote and the ones this one is moving into place, so that an export that
   * fails part-way leaves the next one all it needs to clean up.
   */
  public static ExportRecord pending(List<String> previous, List<String> staged) {
    SortedSet<String> files = new TreeSet<>(previous);
    files.addAll(staged);
    return new ExportRecord(Optional.empty(), List.copyOf(files));
  }

  /** Writes the record into the state directory. */
  public void write(Path stateDirectory) throws IOException {
    StringBuilder text =
        new StringBuilder(fingerprint.map(Fingerprint::hex).orElse("")).append('\n');
    files.forEach(name -> text.append(name).append('\n'));
    Files.createDirectories(stateDirectory);
    AtomicFile.write(
        stateDirectory.resolve(FILE), text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
