package io.github.questionbank.maven;

import io.github.questionbank.diagnostic.RuleLevels;
import io.github.questionbank.select.PackConfigurationException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
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

  /**
   * The level of each rule in this project: off (its findings are dropped), warning or error, e.g.
   * &lt;rules&gt;&lt;difficulty-order&gt;off&lt;/difficulty-order&gt;&lt;unused-lesson&gt;error&lt;/unused-lesson&gt;&lt;/rules&gt;,
   * or on the command line -Dbank.rules=difficulty-order=off,unused-lesson=error (each rule the
   * property names takes its level there; the others keep the POM's). The levels apply before
   * findings are printed, counted, annotated, written to SARIF or weighed by failOnWarning.
   *
   * <p>Rules that can be changed, with their default level: missing-file (error), stray-file
   * (warning), unknown-section (error), unknown-lesson (error), difficulty-order (warning),
   * empty-answer (error), duplicate-question (error), unused-lesson (warning), empty-section
   * (warning), missing-glyph (warning), missing-image (error), math (error), yaml-comment
   * (warning).
   *
   * <p>Rules that guard safety or the outputs' integrity and are always errors (cannot be changed):
   * encoding, file-too-large, symlink, front-matter, yaml-syntax, schema, duplicate-id, raw-html,
   * markdown-too-complex, internal-error.
   */
  @Parameter Map<String, String> rules;

  /**
   * The -Dbank.rules property (rule=level,...), read here so that it combines with &lt;rules&gt;;
   * set &lt;rules&gt; in the POM instead.
   */
  @Parameter(defaultValue = "${bank.rules}", readonly = true)
  String rulesProperty;

  /** Reported paths are relative to this directory. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping question bank " + work() + " (bank.skip=true)");
      return;
    }
    RuleLevels levels = RuleOptions.parse(rules, rulesProperty);
    Requests requests = new Requests(basedir, directory, outputDirectory, levels);
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
