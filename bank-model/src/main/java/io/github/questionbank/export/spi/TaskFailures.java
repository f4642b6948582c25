package io.github.questionbank.export.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;

/** What a task run on another thread failed with, thrown again as if it had run on this one. */
public final class TaskFailures {

  private TaskFailures() {}

  /**
   * Throws the task's own failure: an I/O problem as the {@link IOException} (also when it
   * travelled as an {@link UncheckedIOException}), a runtime exception or an error as it is.
   */
  public static IOException rethrow(ExecutionException e) throws IOException {
    Throwable cause = e.getCause();
    if (cause instanceof UncheckedIOException unchecked) {
      throw unchecked.getCause();
    }
    if (cause instanceof IOException io) {
      throw io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(cause);
  }
}
