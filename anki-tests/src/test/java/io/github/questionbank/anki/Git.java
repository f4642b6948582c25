package io.github.questionbank.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The machine's git, to make a bank's copy a repository with commits of chosen dates. */
final class Git {

  private Git() {}

  static void init(Path repository) throws Exception {
    run(repository, Map.of(), "init", "--quiet");
  }

  static void commitAll(Path repository, String message, Instant when) throws Exception {
    run(repository, Map.of(), "add", "--all");
    String date = when.getEpochSecond() + " +0000";
    run(
        repository,
        Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date),
        "-c",
        "user.name=anki-tests",
        "-c",
        "user.email=anki-tests@example.invalid",
        "-c",
        "commit.gpgsign=false",
        "commit",
        "--quiet",
        "--message",
        message);
  }

  private static void run(Path repository, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile());
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("%s: %s", command, output).isZero();
  }
}
