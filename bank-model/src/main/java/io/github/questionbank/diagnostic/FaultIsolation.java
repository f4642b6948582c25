package io.github.questionbank.diagnostic;

import io.github.questionbank.model.Position;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps one file's unforeseen failure to that file. Reading, checking and rendering are written to
 * turn every problem an author can make into a diagnostic; an exception that still escapes is a bug
 * of the toolchain, and it must not cost the author the findings of every other file. It becomes
 * one {@link Rule#INTERNAL_ERROR internal-error} diagnostic at the file, naming the exception and
 * asking for a report, and the run goes on.
 *
 * <p>An {@link UncheckedIOException} passes through: a disk that cannot be read is the
 * environment's problem, reported with its path, not the file's. Only failures that concern the
 * work at hand are caught: exceptions, a stack overflow (deep input) and a library's assertion. An
 * {@link OutOfMemoryError} or a linkage error says the whole run is in trouble, and stops it.
 */
public final class FaultIsolation {

  private FaultIsolation() {}

  /**
   * Runs {@code work} for one file.
   *
   * @param path the file, as reported
   * @param report where the failure goes ({@code diagnostics::add})
   * @param doing what the work is, for the message: "reading", "checking", "rendering"
   * @return its result, or empty after reporting its failure (work that returns nothing for a file
   *     it reported itself also gives empty)
   */
  public static <T> Optional<T> isolate(
      String path, String doing, Consumer<Diagnostic> report, Supplier<Optional<T>> work) {
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      if (!isUnforeseen(e)) {
        throw e; // the disk's problem (reported with its path), or the whole run's
      }
      report.accept(failure(path, doing, e));
      return Optional.empty();
    }
  }

  /** {@link #isolate} for work that only reports: whether it ran to its end. */
  public static boolean run(String path, String doing, Consumer<Diagnostic> report, Runnable work) {
    return isolate(
            path,
            doing,
            report,
            () -> {
              work.run();
              return Optional.of(Boolean.TRUE);
            })
        .isPresent();
  }

  /**
   * Whether a failure is one this class keeps to a file: an exception, a stack overflow (deep
   * input), or an assertion of a library (flexmark has some) when assertions are enabled. An I/O
   * failure is the environment's, and an {@link OutOfMemoryError} the whole run's.
   */
  public static boolean isUnforeseen(Throwable e) {
    return !(e instanceof UncheckedIOException)
        && (e instanceof RuntimeException
            || e instanceof StackOverflowError
            || e instanceof AssertionError);
  }

  /** The diagnostic for an unforeseen failure at a file. */
  public static Diagnostic failure(String path, String doing, Throwable e) {
    return Diagnostic.of(
        Rule.INTERNAL_ERROR,
        Position.startOf(path),
        "the toolchain failed while "
            + doing
            + " this file ("
            + describe(e)
            + "): this is a bug of the toolchain, please report it with this file");
  }

  /** The exception's class and message, in one line. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    String name = e.getClass().getName();
    if (message == null || message.isBlank()) {
      return name;
    }
    String oneLine = message.strip().replaceAll("\\s+", " ");
    if (oneLine.length() > 200) {
      oneLine = oneLine.substring(0, 200) + "...";
    }
    return name + ": " + oneLine;
  }
}
