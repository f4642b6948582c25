package io.github.questionbank.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultIsolationTest {

  private final List<Diagnostic> found = new ArrayList<>();

  @Test
  void anUnforeseenExceptionBecomesOneInternalErrorAtTheFile() {
    Optional<String> result =
        FaultIsolation.isolate(
            "src/bank/questions/a/010-x.md",
            "reading",
            found::add,
            () -> {
              throw new IllegalStateException("boom\n  at the second line");
            });

    assertThat(result).isEmpty();
    assertThat(found)
        .extracting(Diagnostic::format)
        .containsExactly(
            "src/bank/questions/a/010-x.md:1:1: error: the toolchain failed while reading this file"
                + " (java.lang.IllegalStateException: boom at the second line): this is a bug of"
                + " the toolchain, please report it with this file [internal-error]");
  }

  @Test
  void aStackOverflowIsKeptToTheFileToo() {
    boolean ran =
        FaultIsolation.run(
            "bank.yaml",
            "checking",
            found::add,
            () -> {
              throw new StackOverflowError();
            });

    assertThat(ran).isFalse();
    assertThat(found).singleElement().extracting(d -> d.rule()).isEqualTo(Rule.INTERNAL_ERROR);
    assertThat(found.get(0).message()).contains("(java.lang.StackOverflowError)");
  }

  @Test
  void workThatSucceedsReportsNothing() {
    assertThat(FaultIsolation.isolate("f", "reading", found::add, () -> Optional.of(1)))
        .contains(1);
    assertThat(FaultIsolation.run("f", "reading", found::add, () -> {})).isTrue();
    assertThat(found).isEmpty();
  }

  @Test
  void theDiskIsNotTheFilesFaultAndPassesThrough() {
    UncheckedIOException disk = new UncheckedIOException(new IOException("disk on fire"));

    assertThatThrownBy(
            () ->
                FaultIsolation.isolate(
                    "f",
                    "reading",
                    found::add,
                    () -> {
                      throw disk;
                    }))
        .isSameAs(disk);
    assertThat(found).isEmpty();
  }

  @Test
  void aLongMessageIsCut() {
    FaultIsolation.isolate(
        "f",
        "reading",
        found::add,
        () -> {
          throw new IllegalArgumentException("x".repeat(10_000));
        });

    assertThat(found.get(0).message()).hasSizeLessThan(400).contains("xxx...");
  }
}
