package io.github.questionbank.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.model.Position;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.EveryMistake;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validation.sarif} is valid SARIF 2.1.0 by the official schema, describes every rule, puts
 * each result at a relative path and 1-based position, and is byte-identical for identical inputs.
 */
class SarifReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Schema sarifSchema;

  @TempDir Path project;

  @BeforeAll
  static void loadOfficialSchema() throws IOException {
    try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
      sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  @Test
  void reportOfEveryMistakeIsValidSarif() throws Exception {
    JsonNode sarif = JSON.readTree(Files.readAllBytes(everyMistakeReport(project)));

    List<Error> errors = sarifSchema.validate(sarif);

    assertThat(errors).isEmpty();
    assertThat(sarif.at("/runs/0/results")).hasSize(EveryMistake.EXPECTED.size());
  }

  @Test
  void reportOfAValidBankIsValidSarifWithNoResults() throws Exception {
    ValidationResult result = BankFixture.minimal(project).validate(project.resolve("target/bank"));
    JsonNode sarif = JSON.readTree(Files.readAllBytes(result.report().orElseThrow()));

    assertThat(sarifSchema.validate(sarif)).isEmpty();
    assertThat(sarif.at("/runs/0/results")).isEmpty();
  }

  @Test
  void schemaCheckWouldCatchABrokenReport() throws Exception {
    ObjectNode sarif = (ObjectNode) JSON.readTree(Files.readAllBytes(everyMistakeReport(project)));
    ObjectNode firstResult = (ObjectNode) sarif.at("/runs/0/results/0");
    firstResult.put("level", "fatal");
    ((ObjectNode) firstResult.at("/locations/0/physicalLocation/region")).put("startLine", 0);

    assertThat(sarifSchema.validate(sarif)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void everyRuleHasAnIdShortDescriptionAndHelp() throws Exception {
    JsonNode rules =
        JSON.readTree(new SarifReport().toBytes(List.of())).at("/runs/0/tool/driver/rules");

    assertThat(rules).hasSize(Rule.values().length);
    for (Rule rule : Rule.values()) {
      JsonNode descriptor = rules.get(rule.ordinal());
      assertThat(descriptor.path("id").asText()).isEqualTo(rule.id());
      assertThat(descriptor.at("/shortDescription/text").asText())
          .isEqualTo(rule.shortDescription())
          .isNotBlank();
      assertThat(descriptor.at("/help/text").asText()).isEqualTo(rule.help()).isNotBlank();
      assertThat(descriptor.at("/defaultConfiguration/level").asText())
          .isEqualTo(rule.severity().label());
    }
  }

  @Test
  void resultsCarryRuleLevelMessageAndRelativeOneBasedLocation() throws Exception {
    ValidationResult result = everyMistake(project);
    Path report = result.report().orElseThrow();
    JsonNode results = JSON.readTree(Files.readAllBytes(report)).at("/runs/0/results");

    assertThat(results).hasSize(result.diagnostics().size());
    for (int i = 0; i < results.size(); i++) {
      JsonNode sarif = results.get(i);
      Diagnostic diagnostic = result.diagnostics().get(i);
      assertThat(sarif.path("ruleId").asText()).isEqualTo(diagnostic.rule().id());
      assertThat(sarif.path("ruleIndex").asInt()).isEqualTo(diagnostic.rule().ordinal());
      assertThat(sarif.path("level").asText()).isEqualTo(diagnostic.severity().label());
      assertThat(sarif.at("/message/text").asText()).isEqualTo(diagnostic.message());
      JsonNode location = sarif.at("/locations/0/physicalLocation");
      String uri = location.at("/artifactLocation/uri").asText();
      assertThat(uri).isEqualTo(diagnostic.path()).doesNotStartWith("/").doesNotContain(":");
      assertThat(location.at("/region/startLine").asInt())
          .isEqualTo(diagnostic.line())
          .isPositive();
      assertThat(location.at("/region/startColumn").asInt())
          .isEqualTo(diagnostic.column())
          .isPositive();
    }
  }

  @Test
  void pathsAreEscapedAsRelativeUriReferences() throws Exception {
    byte[] bytes =
        new SarifReport()
            .toBytes(
                List.of(
                    Diagnostic.of(
                        Rule.SCHEMA,
                        new Position("src/bank/questions/basics/030 caf\u00e9 #1.md", 2, 5),
                        "x")));
    JsonNode sarif = JSON.readTree(bytes);

    assertThat(
            sarif
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                .asText())
        .isEqualTo("src/bank/questions/basics/030%20caf%C3%A9%20%231.md");
    assertThat(sarifSchema.validate(sarif)).isEmpty();
  }

  @Test
  void identicalInputsInDifferentFoldersGiveIdenticalBytes() throws Exception {
    byte[] first = Files.readAllBytes(everyMistakeReport(project.resolve("one")));
    byte[] second = Files.readAllBytes(everyMistakeReport(project.resolve("elsewhere/two")));

    assertThat(second).isEqualTo(first);
    String text = new String(first, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain(project.toString()).doesNotContain("\r").endsWith("}\n");
  }

  private static Path everyMistakeReport(Path project) throws IOException {
    return everyMistake(project).report().orElseThrow();
  }

  private static ValidationResult everyMistake(Path project) throws IOException {
    Files.createDirectories(project);
    return EveryMistake.write(project)
        .validateAsWritten(Optional.of(project.resolve("target/bank")));
  }
}
