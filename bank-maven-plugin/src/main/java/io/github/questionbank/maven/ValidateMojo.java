package io.github.questionbank.maven;

import io.github.questionbank.validate.Validation;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
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

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping question bank validation (bank.skip=true)");
      return;
    }
    Requests requests = new Requests(basedir, directory, outputDirectory);
    try {
      ValidationResult result = new Validation().validate(requests.validation());
      new ValidationReport(getLog(), requests, failOnWarning).report(result);
    } catch (IOException e) {
      throw Failures.of(e, requests);
    }
  }
}
