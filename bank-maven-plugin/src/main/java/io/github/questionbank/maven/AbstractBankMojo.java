package io.github.questionbank.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal shares, named and defaulted as the design fixes them. */
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
}
