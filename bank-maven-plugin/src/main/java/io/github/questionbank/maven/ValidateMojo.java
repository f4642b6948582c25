package io.github.questionbank.maven;

import io.github.questionbank.validate.Validation;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
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

  private static final String CHECKED = "io.github.questionbank.checked:";

  /**
   * Keeps, in the context Maven shares between this plugin's goals in one build, what bank:validate
   * found for a bank: bank:export then neither reports it again nor, while the files are unchanged,
   * reads and checks them again.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void remember(Map context, Requests requests, ValidationResult checked) {
    if (context != null) {
      context.put(key(requests), checked);
    }
  }

  /** What bank:validate found for this bank in this build, if it ran. */
  @SuppressWarnings("rawtypes")
  static Optional<ValidationResult> checked(Map context, Requests requests) {
    return context == null
        ? Optional.empty()
        : Optional.ofNullable((ValidationResult) context.get(key(requests)));
  }

  /**
   * The bank and the rule levels its findings were made at: an export at other levels checks anew.
   */
  private static String key(Requests requests) {
    return CHECKED + requests.directory() + "|" + requests.levels().describe();
  }

  @Override
  String work() {
    return "validation";
  }

  @Override
  void run(Requests requests) throws IOException, MojoFailureException {
    ValidationResult checked = new Validation().validate(requests.validation());
    remember(getPluginContext(), requests, checked);
    new ValidationReport(getLog(), requests, failOnWarning).report(checked, false);
  }
}
