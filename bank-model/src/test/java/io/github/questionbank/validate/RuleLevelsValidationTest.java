package io.github.questionbank.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.RuleLevels;
import io.github.questionbank.testing.BankFixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's rule levels decide what validation reports, records and lets through. */
class RuleLevelsValidationTest {

  @TempDir Path project;
  @TempDir Path reports;
  @TempDir Path state;

  @BeforeEach
  void aBankWithAnUnusedLesson() throws Exception {
    BankFixture.minimal(project)
        .with("lessons.yaml", BankFixture.LESSONS_YAML + "  - id: \"03\"\n    title: Unused\n")
        .write();
  }

  private ValidationRequest request(String rule, String level) throws Exception {
    return new ValidationRequest(project, project.resolve("src/bank"), Optional.of(reports))
        .withStateDirectory(state)
        .withLevels(rule == null ? RuleLevels.defaults() : RuleLevels.parse(Map.of(rule, level)));
  }

  @Test
  void aWarningRaisedToErrorWithholdsTheBank() throws Exception {
    ValidationResult result = new Validation().validate(request("unused-lesson", "error"));

    assertThat(result.diagnostics())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith("src/bank/lessons.yaml:")
        .contains(": error: lesson '03'")
        .endsWith("[unused-lesson]");
    assertThat(result.summary()).startsWith("1 error and 0 warnings");
    assertThat(result.bank()).isEmpty();
  }

  @Test
  void aRuleTurnedOffReportsNothing() throws Exception {
    ValidationResult result = new Validation().validate(request("unused-lesson", "off"));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.bank()).isPresent();
  }

  @Test
  void theRecordOfOneSetOfLevelsDoesNotAnswerAnother() throws Exception {
    Validation validation = new Validation();
    ValidationResult asWarning = validation.validate(request(null, null));
    ValidationResult asError = validation.validate(request("unused-lesson", "error"));
    ValidationResult asErrorAgain = validation.validate(request("unused-lesson", "error"));

    assertThat(asWarning.warningCount()).isEqualTo(1);
    assertThat(asError.bank()).isEmpty();
    assertThat(asError.errorCount()).isEqualTo(1);
    assertThat(asError.warningCount()).isZero();
    // The same levels again, the same files: the record answers, and nothing is loaded.
    assertThat(asErrorAgain.diagnostics()).isEqualTo(asError.diagnostics());
    assertThat(asErrorAgain.filesChecked()).isEqualTo(asError.filesChecked());
  }

  @Test
  void theSarifReportDescribesEachRuleAtItsConfiguredLevel() throws Exception {
    new Validation()
        .validate(
            new ValidationRequest(project, project.resolve("src/bank"), Optional.of(reports))
                .withLevels(
                    RuleLevels.parse(Map.of("unused-lesson", "error", "difficulty-order", "off"))));

    JsonNode run =
        new ObjectMapper()
            .readTree(reports.resolve(Validation.SARIF_FILE).toFile())
            .get("runs")
            .get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(configuration(rules, "unused-lesson").get("level").asText()).isEqualTo("error");
    assertThat(configuration(rules, "unused-lesson").has("enabled")).isFalse();
    assertThat(configuration(rules, "difficulty-order").get("enabled").asBoolean(true)).isFalse();
    assertThat(configuration(rules, "empty-section").get("level").asText()).isEqualTo("warning");
    assertThat(run.get("results").get(0).get("level").asText()).isEqualTo("error");
  }

  private static JsonNode configuration(JsonNode rules, String id) {
    for (JsonNode rule : rules) {
      if (rule.get("id").asText().equals(id)) {
        return rule.get("defaultConfiguration");
      }
    }
    throw new AssertionError("no rule " + id);
  }
}
