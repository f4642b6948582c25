package io.github.questionbank.maven;

import io.github.questionbank.validate.ValidationRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Turns Mojo parameters into the core's requests: the one place that knows both sides. */
final class Requests {

  private final Path basedir;
  private final Path directory;
  private final Path outputDirectory;

  Requests(File basedir, File directory, File outputDirectory) {
    this.basedir = basedir.toPath().toAbsolutePath().normalize();
    this.directory = directory.toPath().toAbsolutePath().normalize();
    this.outputDirectory = outputDirectory.toPath().toAbsolutePath().normalize();
  }

  ValidationRequest validation() {
    return new ValidationRequest(basedir, directory, Optional.of(outputDirectory));
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
