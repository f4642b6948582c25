package io.github.questionbank.maven;

import io.github.questionbank.validate.Validation;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Loads and checks the bank: every problem of every file is reported, errors fail the build. Writes
 * {@code validation.sarif} to the output directory and, on GitHub Actions, prints workflow
 * annotations.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractBankMojo {

  private static final String REPORTED = "io.github.questionbank.reported:";

  /** Notes, in the context Maven shares between this plugin's goals, that a bank was reported. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void remember(Map context, Requests requests) {
    if (context != null) {
      context.put(REPORTED + requests.directory(), Boolean.TRUE);
    }
  }

  /** Whether bank:validate already reported this bank's diagnostics in this build. */
  @SuppressWarnings("rawtypes")
  static boolean reported(Map context, Requests requests) {
    return context != null && context.containsKey(REPORTED + requests.directory());
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping question bank validation (bank.skip=true)");
      return;
    }
    Requests requests = new Requests(basedir, directory, outputDirectory);
    try {
      ValidationResult result = new Validation().validateIfChanged(requests.validation());
      remember(getPluginContext(), requests);
      new ValidationReport(getLog(), requests, failOnWarning).report(result, false);
    } catch (IOException e) {
      throw Failures.of(e, requests);
    }
  }
}
