package io.github.questionbank.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes what the last export wrote and this one did not (the files of a pack or format removed
 * from the POM, an image no answer shows any more), so that the output directory never publishes
 * stale outputs. Only files the last export recorded are touched, only inside the output directory,
 * and folders left empty go too.
 */
final class StaleOutputs {

  /** Where versions before 0.1.0 kept their state: inside the outputs, and published with them. */
  private static final List<String> LEGACY_STATE =
      List.of(".bank-validation.json", ".bank-export.fingerprint");

  private StaleOutputs() {}

  static void remove(
      Path output, List<String> previous, List<String> current, ExportListener listener)
      throws IOException {
    Set<String> kept = new HashSet<>(current);
    for (String name : LEGACY_STATE) {
      if (!kept.contains(name)
          && Files.isRegularFile(output.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(output.resolve(name));
        listener.removed(name);
      }
    }
    for (String name : previous) {
      Path file = output.resolve(name).normalize();
      if (kept.contains(name) || !file.startsWith(output) || file.equals(output)) {
        continue;
      }
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(file);
        listener.removed(name);
        removeEmptyFolders(output, file.getParent());
      }
    }
  }

  private static void removeEmptyFolders(Path output, Path folder) throws IOException {
    for (Path dir = folder; dir != null && dir.startsWith(output) && !dir.equals(output); ) {
      try (var entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(dir);
      dir = dir.getParent();
    }
  }
}
