package io.github.questionbank.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real bank of bank-content, copied into a test's project folder to be changed there. */
public final class RealBank {

  public static final Path DIRECTORY =
      Path.of("..", "bank-content", "src", "bank").toAbsolutePath().normalize();

  private RealBank() {}

  /** Copies the real bank to {@code project/src/bank} and returns that folder. */
  public static Path copyInto(Path project) throws IOException {
    Path target = project.resolve(BankFixture.BANK);
    Folders.copy(DIRECTORY, target);
    return target;
  }

  /** The question files of a bank folder, by path. */
  public static List<Path> questionFiles(Path bank) throws IOException {
    try (Stream<Path> paths = Files.walk(bank.resolve("questions"))) {
      return paths.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }
}
