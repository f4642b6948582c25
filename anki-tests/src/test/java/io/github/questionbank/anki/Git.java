package io.github.questionbank.anki;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A bank's copy made a Git repository with commits of chosen dates, with JGit (the library the
 * exporter reads the dates with), so that the tests need no git on the machine and no identity in
 * its configuration.
 */
final class Git {

  private static final PersonIdent AUTHOR =
      new PersonIdent("anki-tests", "anki-tests@example.invalid");

  private Git() {}

  static void init(Path repository) throws Exception {
    org.eclipse.jgit.api.Git.init().setDirectory(repository.toFile()).call().close();
  }

  static void commitAll(Path repository, String message, Instant when) throws Exception {
    try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(repository.toFile())) {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      PersonIdent at = new PersonIdent(AUTHOR, when, ZoneOffset.UTC);
      git.commit().setMessage(message).setAuthor(at).setCommitter(at).setSign(false).call();
    }
  }
}
