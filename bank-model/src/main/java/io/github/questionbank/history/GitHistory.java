package io.github.questionbank.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.submodule.SubmoduleWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Reads a bank's {@link FileDates} from the Git repository it is in, with JGit.
 *
 * <ul>
 *   <li><b>Committed files</b>: the commit time (the committer's, which a rebase or cherry-pick
 *       moves forward, as the change does reach learners later) of the last commit on the
 *       first-parent line of {@code HEAD} that changed the file. A change merged from a branch is
 *       dated by the merge, when it reached that line.
 *   <li><b>Files not committed as they are</b> (modified, staged, untracked or ignored): one second
 *       after the newest commit seen, or {@code project.build.outputTimestamp} if that is later.
 *       That is newer than any version of the file ever committed, so that an export of a working
 *       copy updates notes imported from the last commit; a later commit of the edit is newer still
 *       and updates them again. Never the clock's "now": the same working copy gives the same
 *       bytes. (A second round of uncommitted edits gets the same date as the first: commit, or
 *       pass a later {@code project.build.outputTimestamp}, to see it in the same Anki profile.)
 *   <li><b>No history</b> (no repository above the bank, as in a downloaded zip; a bare repository;
 *       no commit yet; or no commit that touched the bank's folder, as for a bank in an ignored
 *       build folder): every file has {@code project.build.outputTimestamp}.
 * </ul>
 *
 * <p>The history is read once for the whole bank, however many files it has: one walk down the
 * first-parent line from {@code HEAD}, comparing each commit's tree of the bank folder with its
 * parent's (JGit skips unchanged folders by their ids), until every file of the bank at {@code
 * HEAD} has its date. A shallow clone ends the walk at its oldest commit, which then dates every
 * file not changed since: publish from a full clone (in GitHub Actions, {@code fetch-depth: 0}).
 */
public final class GitHistory {

  private GitHistory() {}

  /**
   * The dates of the bank's files.
   *
   * @param bankDirectory the bank ({@code src/bank}); the repository is searched from it upwards
   * @param outputTimestamp {@code project.build.outputTimestamp}
   * @throws IOException if there is a repository and it cannot be read
   */
  public static FileDates of(Path bankDirectory, Instant outputTimestamp) throws IOException {
    // The bank folder may be a link (src/bank -> ../shared-bank): its target's history counts.
    Path bank = bankDirectory.toRealPath();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(bank.toFile());
    if (builder.getGitDir() == null) {
      return FileDates.without(outputTimestamp);
    }
    try (Repository repository = builder.setMustExist(true).build()) {
      if (repository.isBare()) {
        return FileDates.without(outputTimestamp);
      }
      Path workTree = repository.getWorkTree().toPath().toRealPath();
      String folder = workTree.relativize(bank).toString().replace('\\', '/');
      return read(repository, folder, outputTimestamp);
    } catch (GitAPIException | RuntimeException e) {
      throw new IOException(
          "cannot read the Git history of " + bankDirectory + ": " + e.getMessage(), e);
    }
  }

  private static FileDates read(Repository repository, String folder, Instant outputTimestamp)
      throws IOException, GitAPIException {
    ObjectId head = repository.resolve(Constants.HEAD);
    if (head == null) {
      return FileDates.without(outputTimestamp); // a repository without a commit
    }
    SortedMap<String, Instant> committed = new TreeMap<>();
    Instant newest;
    try (RevWalk walk = new RevWalk(repository)) {
      walk.setRetainBody(false);
      RevCommit tip = walk.parseCommit(head);
      newest = time(tip);
      Set<String> undated = filesAt(walk.getObjectReader(), tip, folder);
      if (undated.isEmpty()) {
        return FileDates.without(outputTimestamp); // the bank has never been committed here
      }
      walk.setFirstParent(true);
      walk.markStart(tip);
      for (RevCommit commit : walk) {
        Instant time = time(commit);
        newest = newest.isAfter(time) ? newest : time;
        for (String path : changedFiles(walk, commit, folder)) {
          if (undated.remove(path)) {
            committed.put(bankPath(path, folder), time);
          }
        }
        if (undated.isEmpty()) {
          break;
        }
      }
    }
    // What the working copy changed is not committed as it is: it takes the uncommitted date.
    for (String path : uncommittedFiles(repository, folder)) {
      committed.remove(bankPath(path, folder));
    }
    Instant afterNewest = newest.plusSeconds(1);
    return new FileDates(
        committed, afterNewest.isAfter(outputTimestamp) ? afterNewest : outputTimestamp, true);
  }

  /** The files under {@code folder} in a commit, by their paths in the repository. */
  private static Set<String> filesAt(ObjectReader reader, RevCommit commit, String folder)
      throws IOException {
    Set<String> files = new HashSet<>();
    try (TreeWalk tree = new TreeWalk(reader)) {
      tree.setRecursive(true);
      tree.addTree(commit.getTree());
      if (!folder.isEmpty()) {
        tree.setFilter(PathFilter.create(folder));
      }
      while (tree.next()) {
        files.add(tree.getPathString());
      }
    }
    return files;
  }

  /**
   * The files under {@code folder} that a commit changed from its first parent (all of them for a
   * root commit, or for the oldest commit of a shallow clone, whose parent is not there).
   */
  private static Set<String> changedFiles(RevWalk walk, RevCommit commit, String folder)
      throws IOException {
    ObjectReader reader = walk.getObjectReader();
    AbstractTreeIterator before = new EmptyTreeIterator();
    if (commit.getParentCount() > 0) {
      try {
        RevCommit parent = walk.parseCommit(commit.getParent(0));
        before = new CanonicalTreeParser(null, reader, parent.getTree());
      } catch (MissingObjectException e) {
        // The edge of a shallow clone: as if the commit had no parent.
      }
    }
    Set<String> changed = new HashSet<>();
    try (TreeWalk tree = new TreeWalk(reader)) {
      tree.setRecursive(true);
      tree.addTree(commit.getTree());
      tree.addTree(before);
      tree.setFilter(
          folder.isEmpty()
              ? TreeFilter.ANY_DIFF
              : AndTreeFilter.create(PathFilter.create(folder), TreeFilter.ANY_DIFF));
      while (tree.next()) {
        changed.add(tree.getPathString());
      }
    }
    return changed;
  }

  /** Files under {@code folder} whose working copy or index differs from {@code HEAD}. */
  private static Set<String> uncommittedFiles(Repository repository, String folder)
      throws GitAPIException {
    var status =
        Git.wrap(repository).status().setIgnoreSubmodules(SubmoduleWalk.IgnoreSubmoduleMode.ALL);
    if (!folder.isEmpty()) {
      status.addPath(folder);
    }
    Status result = status.call();
    Set<String> files = new HashSet<>(result.getUncommittedChanges());
    files.addAll(result.getUntracked());
    return files;
  }

  private static String bankPath(String repositoryPath, String folder) {
    return folder.isEmpty() ? repositoryPath : repositoryPath.substring(folder.length() + 1);
  }

  private static Instant time(RevCommit commit) {
    return Instant.ofEpochSecond(commit.getCommitTime());
  }
}
