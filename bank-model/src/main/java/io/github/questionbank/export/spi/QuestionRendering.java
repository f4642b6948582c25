package io.github.questionbank.export.spi;

import io.github.questionbank.diagnostic.FaultIsolation;
import io.github.questionbank.model.Question;
import java.util.function.Supplier;

/**
 * Ties an unforeseen failure while rendering one question to that question's file. Validation has
 * accepted the bank, so such a failure is a bug of the toolchain; wrapped in a {@link Failure} it
 * reaches the export, which reports it as an {@code internal-error} diagnostic at the file and
 * writes nothing, instead of ending the build with a stack trace that names no file.
 */
public final class QuestionRendering {

  private QuestionRendering() {}

  /** Renders one question's part of an output. */
  public static <T> T of(Question question, Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      if (FaultIsolation.isUnforeseen(e)) {
        throw new Failure(question.file(), e);
      }
      throw e; // the disk's problem, or the whole run's (out of memory)
    }
  }

  /** {@link #of(Question, Supplier)} for rendering that returns nothing. */
  public static void run(Question question, Runnable work) {
    of(
        question,
        () -> {
          work.run();
          return null;
        });
  }

  /** A question's rendering failed: which file, and why. */
  public static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;

    Failure(String file, Throwable cause) {
      super(file + ": " + cause, cause);
      this.file = file;
    }

    /** The question's file, as reported. */
    public String file() {
      return file;
    }
  }
}
