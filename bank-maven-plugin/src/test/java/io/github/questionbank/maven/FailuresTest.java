package io.github.questionbank.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void aBugOfTheToolchainSaysSoInOneLineAndKeepsItsCause() {
    IllegalStateException bug = new IllegalStateException("the contents do not settle");

    MojoExecutionException failure = Failures.internal(bug);

    assertThat(failure)
        .hasMessage(
            "The question bank toolchain failed (IllegalStateException: the contents do not"
                + " settle); this is a bug, not a problem of your bank: please report it with the"
                + " output of mvn -e")
        .hasCause(bug);
  }
}
