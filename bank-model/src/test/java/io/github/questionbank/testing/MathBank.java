package io.github.questionbank.testing;

import java.nio.file.Path;

/** The math fixture: the invoker example examples/math-bank, with formulas and money. */
public final class MathBank {

  /** The example's project folder (its bank is in src/bank). */
  public static final Path PROJECT =
      Path.of("..", "examples", "math-bank").toAbsolutePath().normalize();

  private MathBank() {}
}
