package io.github.questionbank.export.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedWorkTest {

  @Test
  void formatsAskingAtOnceShareOneResult() throws Exception {
    SharedWork shared = new SharedWork();
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch allAsking = new CountDownLatch(4);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(
            threads.submit(
                () -> {
                  allAsking.countDown();
                  allAsking.await(5, TimeUnit.SECONDS);
                  return shared.get(
                      "notes of pack a",
                      String.class,
                      () -> {
                        runs.incrementAndGet();
                        return "rendered";
                      });
                }));
      }
      for (Future<String> answer : answers) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("rendered");
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(runs).hasValue(1);
    assertThat(shared.get("notes of pack b", String.class, () -> "other")).isEqualTo("other");
  }

  @Test
  void aFailedReadReachesEveryCallerAsTheIoException() throws Exception {
    SharedWork shared = new SharedWork();
    IOException cause = new IOException("image outside the bank");
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(
              () ->
                  shared.get(
                      "notes",
                      String.class,
                      () -> {
                        throw new UncheckedIOException(cause);
                      }))
          .isSameAs(cause);
    }
  }
}
