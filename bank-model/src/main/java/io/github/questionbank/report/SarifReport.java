package io.github.questionbank.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Level;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.diagnostic.RuleLevels;
import io.github.questionbank.io.ToolInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes diagnostics as SARIF 2.1.0, the format GitHub code scanning and IDEs read. The same
 * diagnostics always give the same bytes: fixed key order, no timestamps, no absolute paths.
 */
public final class SarifReport {

  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The report as UTF-8 JSON with {@code \n} line endings, every rule at its default level. */
  public byte[] toBytes(List<Diagnostic> diagnostics) {
    return toBytes(diagnostics, RuleLevels.defaults());
  }

  /**
   * The report, its rules described at the project's levels: a rule turned off is listed with
   * {@code "enabled": false} (its default level kept), the others at the level they run at.
   */
  public byte[] toBytes(List<Diagnostic> diagnostics, RuleLevels levels) {
    ObjectNode log = JSON.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", ToolInfo.NAME);
    driver.put("version", ToolInfo.version());
    driver.put("informationUri", ToolInfo.INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    for (Rule rule : Rule.values()) {
      ObjectNode descriptor = rules.addObject();
      descriptor.put("id", rule.id());
      descriptor.putObject("shortDescription").put("text", rule.shortDescription());
      descriptor.putObject("fullDescription").put("text", rule.help());
      descriptor.putObject("help").put("text", rule.help());
      Level level = levels.levelOf(rule);
      ObjectNode configuration = descriptor.putObject("defaultConfiguration");
      if (level == Level.OFF) {
        configuration.put("enabled", false);
      }
      configuration.put("level", level.severity().orElse(rule.severity()).label());
    }
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (Diagnostic diagnostic : diagnostics) {
      ObjectNode result = results.addObject();
      result.put("ruleId", diagnostic.rule().id());
      result.put("ruleIndex", diagnostic.rule().ordinal());
      result.put("level", diagnostic.severity().label());
      result.putObject("message").put("text", diagnostic.message());
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(diagnostic.path()));
      ObjectNode region = physical.putObject("region");
      region.put("startLine", diagnostic.line());
      region.put("startColumn", diagnostic.column());
    }
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return (JSON.writer(printer).writeValueAsString(log) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("SARIF report cannot be serialized", e);
    }
  }

  /** A relative URI reference for a path: {@code src/bank/my%20file.md}. */
  static String uri(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + path, e);
    }
  }
}
