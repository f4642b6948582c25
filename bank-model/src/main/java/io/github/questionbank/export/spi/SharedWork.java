package io.github.questionbank.export.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work that several formats of one export need, done once: the Anki CSV and the Anki package render
 * the same notes, and they run on different threads at the same time. The first format to ask does
 * the work; the others wait for its result instead of doing it again.
 */
public final class SharedWork {

  private final ConcurrentMap<Object, FutureTask<Object>> results = new ConcurrentHashMap<>();

  /**
   * The result of {@code work} for {@code key}, computed by the first caller.
   *
   * @param key identifies the work and its inputs (e.g. a record of a name and the pack's id)
   * @param type what the work returns
   * @throws IOException if the work failed with an {@link UncheckedIOException} (see {@link
   *     TaskFailures})
   */
  public <T> T get(Object key, Class<T> type, Supplier<T> work) throws IOException {
    FutureTask<Object> task = new FutureTask<>(work::get);
    FutureTask<Object> existing = results.putIfAbsent(key, task);
    if (existing == null) {
      task.run();
    } else {
      task = existing;
    }
    try {
      return type.cast(task.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for another format's work", e);
    } catch (ExecutionException e) {
      throw TaskFailures.rethrow(e);
    }
  }
}
