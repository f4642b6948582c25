package io.github.questionbank.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A Git repository made in a test with JGit, whose commits carry the times the test chooses (as
 * author and committer), so that a test knows every date the history must give.
 */
public final class GitRepository implements AutoCloseable {

  private final Git git;

  private GitRepository(Git git) {
    this.git = git;
  }

  /** A new repository whose work tree is {@code workTree}, on branch {@code main}. */
  public static GitRepository init(Path workTree) throws GitAPIException {
    return new GitRepository(
        Git.init().setDirectory(workTree.toFile()).setInitialBranch("main").call());
  }

  /** Stages every change in the work tree (new, edited and deleted files) and commits it. */
  public RevCommit commitAll(String message, Instant when) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return commit(message, when);
  }

  /** Commits what is staged (nothing else). */
  public RevCommit commit(String message, Instant when) throws GitAPIException {
    PersonIdent author = new PersonIdent("Author", "author@example.org", when, ZoneOffset.UTC);
    return git.commit()
        .setMessage(message)
        .setAuthor(author)
        .setCommitter(author)
        .setSign(false)
        .setNoVerify(true)
        .call();
  }

  /** Stages files, by their paths in the repository. */
  public void add(String... paths) throws GitAPIException {
    AddCommand add = git.add();
    for (String path : paths) {
      add.addFilepattern(path);
    }
    add.call();
  }

  public Git git() {
    return git;
  }

  @Override
  public void close() {
    git.close();
  }
}
