package io.github.questionbank.maven;

import io.github.questionbank.diagnostic.RuleLevels;
import io.github.questionbank.export.ExportListener;
import io.github.questionbank.export.ExportRequest;
import io.github.questionbank.export.Formats;
import io.github.questionbank.export.spi.PageSize;
import io.github.questionbank.export.spi.PracticeLines;
import io.github.questionbank.incremental.StateDirectory;
import io.github.questionbank.select.PackSpec;
import io.github.questionbank.validate.ValidationRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/** Turns Mojo parameters into the core's requests: the one place that knows both sides. */
final class Requests {

  private final Path basedir;
  private final Path directory;
  private final Path outputDirectory;
  private final RuleLevels levels;

  Requests(File basedir, File directory, File outputDirectory) {
    this(basedir, directory, outputDirectory, RuleLevels.defaults());
  }

  Requests(File basedir, File directory, File outputDirectory, RuleLevels levels) {
    this.basedir = basedir.toPath().toAbsolutePath().normalize();
    this.directory = directory.toPath().toAbsolutePath().normalize();
    this.outputDirectory = outputDirectory.toPath().toAbsolutePath().normalize();
    this.levels = levels;
  }

  /** The level of every rule in this project. */
  RuleLevels levels() {
    return levels;
  }

  /**
   * The export request for the Mojo's parameters.
   *
   * @throws MojoExecutionException if the page size, the practice lines or the timestamp cannot be
   *     read
   */
  ExportRequest export(
      List<Pack> packs,
      String formats,
      String pageSize,
      String practiceLines,
      String outputTimestamp,
      boolean failOnWarning,
      ExportListener listener)
      throws MojoExecutionException {
    PageSize size =
        PageSize.parse(pageSize)
            .orElseThrow(
                () ->
                    new MojoExecutionException(
                        "Unknown page size '"
                            + pageSize
                            + "': set <pageSize> or -Dbank.pageSize to"
                            + " A4 or LETTER"));
    PracticeLines lines =
        PracticeLines.parse(practiceLines)
            .orElseThrow(
                () ->
                    new MojoExecutionException(ConfigurationMessages.practiceLines(practiceLines)));
    return new ExportRequest(
        basedir,
        directory,
        outputDirectory,
        packs.stream().map(Requests::spec).toList(),
        formats == null || formats.isBlank() ? Formats.defaults() : split(formats),
        OutputTimestamp.parse(outputTimestamp),
        size,
        failOnWarning,
        listener,
        StateDirectory.besideOutputs(outputDirectory),
        lines,
        levels);
  }

  private static PackSpec spec(Pack pack) {
    return new PackSpec(
        pack.id,
        Optional.ofNullable(pack.title),
        pack.sections,
        pack.difficulties,
        pack.lessons,
        pack.tags,
        pack.formats == null ? List.of() : split(pack.formats));
  }

  private static List<String> split(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  Path outputDirectory() {
    return outputDirectory;
  }

  ValidationRequest validation() {
    return new ValidationRequest(basedir, directory, Optional.of(outputDirectory))
        .withStateDirectory(StateDirectory.besideOutputs(outputDirectory))
        .withLevels(levels);
  }

  Path basedir() {
    return basedir;
  }

  /** A path as the author would type it: relative to the project when it is inside it. */
  String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(basedir)
        ? basedir.relativize(absolute).toString().replace('\\', '/')
        : absolute.toString();
  }

  Path directory() {
    return directory;
  }
}
