package io.github.questionbank.floor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor under a validation: the least work any checker of a bank must do, on one thread, with
 * the same libraries the plugin uses. For every question file: read it, split the front matter,
 * parse it with Jackson YAML, validate it with networknt against the bank's question schema, and
 * render the answer with flexmark. No positions, no rules, no report, no cache, no Maven.
 *
 * <p>Usage: {@code java -jar floor.jar <bank directory> <question.schema.json>}. Prints the files,
 * the schema errors and the characters of HTML rendered, so that no work can be optimized away and
 * the run can be compared with the plugin's.
 */
public final class Floor {

  private Floor() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java -jar floor.jar <bank directory> <question.schema.json>");
      System.exit(2);
    }
    Path bank = Path.of(args[0]);
    JsonNode schemaJson = new ObjectMapper().readTree(Files.readAllBytes(Path.of(args[1])));
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaJson);
    YAMLMapper yaml = new YAMLMapper();
    MutableDataSet options =
        new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    Parser parser = Parser.builder(options).build();
    HtmlRenderer renderer = HtmlRenderer.builder(options).build();

    List<Path> files;
    try (Stream<Path> walk = Files.walk(bank.resolve("questions"))) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    long started = System.nanoTime();
    int errors = 0;
    long html = 0;
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      int open = text.indexOf("---\n");
      int close = text.indexOf("\n---\n", open + 3);
      if (open != 0 || close < 0) {
        errors++;
        continue;
      }
      JsonNode frontMatter = yaml.readTree(text.substring(4, close + 1));
      errors += schema.validate(frontMatter).size();
      html += renderer.render(parser.parse(text.substring(close + 5))).length();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "floor: %d files, %d schema errors, %d characters of HTML, %d ms after start-up%n",
        files.size(), errors, html, millis);
  }
}
