package io.github.questionbank.check.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The JSON Schemas (draft 2020-12) of the authored files, shipped in this jar and compiled once per
 * JVM.
 */
public enum BankSchema {
  QUESTION("question.schema.json", "front matter"),
  BANK("bank.schema.json", "bank.yaml"),
  LESSONS("lessons.schema.json", "lessons.yaml");

  private static final String LOCATION = "/io/github/questionbank/schemas/";

  private final String resource;
  private final String documentName;
  private volatile Compiled compiled;

  BankSchema(String resource, String documentName) {
    this.resource = resource;
    this.documentName = documentName;
  }

  /** The schema's resource path inside the jar, for authors who want it for their editor. */
  public String resourcePath() {
    return LOCATION + resource;
  }

  /** What the document is called in messages: "front matter", "bank.yaml". */
  public String documentName() {
    return documentName;
  }

  Schema schema() {
    return compiled().schema;
  }

  /** The keys the schema allows in the object at an instance location, in schema order. */
  List<String> knownKeys(List<Object> instancePath) {
    List<String> keys = new ArrayList<>();
    Iterator<String> names = subschema(instancePath).path("properties").fieldNames();
    names.forEachRemaining(keys::add);
    return keys;
  }

  /** The subschema that validates the value at an instance location. */
  JsonNode subschema(List<Object> instancePath) {
    JsonNode node = resolve(compiled().json);
    for (Object element : instancePath) {
      node =
          resolve(
              element instanceof Integer
                  ? node.path("items")
                  : node.path("properties").path((String) element));
    }
    return node;
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode ref = node.path("$ref");
    if (ref.isTextual() && ref.asText().startsWith("#/$defs/")) {
      return compiled().json.path("$defs").path(ref.asText().substring("#/$defs/".length()));
    }
    return node;
  }

  private Compiled compiled() {
    Compiled result = compiled;
    if (result == null) {
      synchronized (this) {
        result = compiled;
        if (result == null) {
          compiled = result = compile();
        }
      }
    }
    return result;
  }

  private Compiled compile() {
    try (InputStream in = BankSchema.class.getResourceAsStream(resourcePath())) {
      if (in == null) {
        throw new IllegalStateException("schema missing from the jar: " + resourcePath());
      }
      JsonNode json = new ObjectMapper().readTree(in);
      Schema schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(json);
      // Build every validator now, once, rather than lazily on first use: front matter is checked
      // on all cores at once, and the first uses must not race to build them.
      schema.initializeValidators();
      return new Compiled(json, schema);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resourcePath(), e);
    }
  }

  private record Compiled(JsonNode json, Schema schema) {}
}
