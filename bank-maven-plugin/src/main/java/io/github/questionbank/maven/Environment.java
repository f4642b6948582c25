package io.github.questionbank.maven;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What the plugin reads from the process environment: whether it runs on GitHub Actions. */
record Environment(Map<String, String> variables, PrintStream out) {

  static Environment system() {
    return new Environment(System.getenv(), System.out);
  }

  boolean onGitHubActions() {
    return "true".equals(variables.get("GITHUB_ACTIONS"));
  }

  Optional<Path> workspace() {
    return Optional.ofNullable(variables.get("GITHUB_WORKSPACE")).map(Path::of);
  }
}
