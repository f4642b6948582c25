package io.github.questionbank.maven;

import io.github.questionbank.select.PackConfigurationException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every goal shares, named and defaulted as the design fixes them, and what every
 * goal does around its own work: honour {@code skip}, and turn I/O trouble, a configuration the
 * bank cannot satisfy and a bug of the toolchain into one-line build failures ({@link Failures}).
 */
abstract class AbstractBankMojo extends AbstractMojo {

  /** The bank: bank.yaml, lessons.yaml and questions/. */
  @Parameter(property = "bank.directory", defaultValue = "${project.basedir}/src/bank")
  File directory;

  /** Where outputs and validation.sarif are written. */
  @Parameter(property = "bank.outputDirectory", defaultValue = "${project.build.directory}/bank")
  File outputDirectory;

  /** Fail the build on warnings too, not only on errors. */
  @Parameter(property = "bank.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Skip this goal. */
  @Parameter(property = "bank.skip", defaultValue = "false")
  boolean skip;

  /** Reported paths are relative to this directory. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping question bank " + work() + " (bank.skip=true)");
      return;
    }
    Requests requests = new Requests(basedir, directory, outputDirectory);
    try {
      run(requests);
    } catch (IOException e) {
      throw Failures.of(e, requests);
    } catch (PackConfigurationException e) {
      throw Failures.of(e);
    } catch (UncheckedIOException e) {
      throw Failures.of(e.getCause(), requests); // the disk's problem, from inside a stream
    } catch (RuntimeException e) {
      throw Failures.internal(e);
    }
  }

  /** What the goal does, for the skip message: "validation", "export". */
  abstract String work();

  /**
   * The goal's own work.
   *
   * @throws MojoExecutionException if the goal's parameters are invalid
   * @throws MojoFailureException if the bank's content fails the build
   */
  abstract void run(Requests requests)
      throws IOException, PackConfigurationException, MojoExecutionException, MojoFailureException;
}
