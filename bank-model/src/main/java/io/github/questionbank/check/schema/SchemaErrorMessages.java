package io.github.questionbank.check.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.diagnostic.Suggestions;
import io.github.questionbank.load.YamlDocument;
import io.github.questionbank.model.Position;
import io.github.questionbank.model.SourceMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a schema validator error into a diagnostic an author can act on: placed at the offending
 * key or value, naming it, and suggesting the fix where one is clear.
 */
final class SchemaErrorMessages {

  private static final String KEBAB = "^[a-z0-9]+(-[a-z0-9]+)*$";

  /** What a missing key should hold, for "missing required key" messages. */
  private static final Map<String, String> EXPECTED =
      Map.of(
          "id", "a kebab-case id, e.g. id: what-is-an-api",
          "difficulty", "LOW, MEDIUM or HIGH",
          "lessons", "one or more lesson ids from lessons.yaml, e.g. lessons: [\"02\"]",
          "question", "the question text",
          "title", "a title",
          "sections", "the list of sections, each with an id and a title");

  private final YamlDocument document;
  private final BankSchema schema;

  SchemaErrorMessages(YamlDocument document, BankSchema schema) {
    this.document = document;
    this.schema = schema;
  }

  Diagnostic describe(Error error) {
    List<Object> path = elements(error.getInstanceLocation());
    String pointer = pointer(path);
    SourceMap source = document.source();
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    return switch (keyword) {
      case "required" -> missingKey(error, path, pointer);
      case "additionalProperties", "unevaluatedProperties" -> unknownKey(error, path, pointer);
      case "enum" -> at(source.value(pointer), badEnum(error, path, pointer));
      case "type" -> at(source.value(pointer), wrongType(path, pointer));
      case "pattern" -> at(source.value(pointer), badPattern(path, pointer));
      case "minItems" ->
          at(source.value(pointer), describe(path) + " must list at least one value");
      case "minLength" -> at(source.value(pointer), describe(path) + " must not be empty");
      case "maxLength" ->
          at(
              source.value(pointer),
              describe(path)
                  + " is too long (at most "
                  + limit(path, "maxLength")
                  + " characters)");
      case "uniqueItems" -> repeatedItem(path, pointer);
      default -> at(source.value(pointer), describe(path) + ": " + error.getMessage());
    };
  }

  private Diagnostic missingKey(Error error, List<Object> path, String pointer) {
    String key = error.getProperty() != null ? error.getProperty() : argument(error, 0);
    Position at =
        pointer.isEmpty() ? document.source().document() : document.source().value(pointer);
    String where = path.isEmpty() ? schema.documentName() : describe(path);
    String expected = EXPECTED.get(key);
    return at(
        at,
        "missing required key '"
            + key
            + "' in "
            + where
            + (expected == null ? "" : ": add " + key + " with " + expected));
  }

  private Diagnostic unknownKey(Error error, List<Object> path, String pointer) {
    String key = error.getProperty() != null ? error.getProperty() : argument(error, 0);
    String keyPointer = SourceMap.child(pointer, key);
    List<String> known = schema.knownKeys(path);
    String hint = Suggestions.didYouMean(key, known);
    return at(
        document.source().key(keyPointer),
        "unknown key '"
            + key
            + "' in "
            + (path.isEmpty() ? schema.documentName() : describe(path))
            + hint
            + "; allowed keys: "
            + String.join(", ", known));
  }

  private String badEnum(Error error, List<Object> path, String pointer) {
    List<String> allowed = new ArrayList<>();
    schema.subschema(path).path("enum").forEach(value -> allowed.add(value.asText()));
    String written = written(pointer);
    return describe(path)
        + " '"
        + written
        + "' is not one of "
        + String.join(", ", allowed)
        + Suggestions.didYouMean(written, allowed);
  }

  private String wrongType(List<Object> path, String pointer) {
    JsonNode sub = schema.subschema(path);
    String expected = sub.path("type").asText(sub.has("enum") ? "string" : "value");
    JsonNode value = document.root().at(pointer);
    String found = typeName(value);
    Optional<String> written = document.source().scalar(pointer);
    if (expected.equals("string")
        && (value.isNumber() || value.isBoolean())
        && written.isPresent()) {
      return describe(path)
          + " "
          + written.get()
          + " is read as a "
          + found
          + ": quote it, \""
          + written.get()
          + "\"";
    }
    if (expected.equals("array") && value.isValueNode() && !value.isNull()) {
      String item = written.orElse(value.asText());
      return describe(path)
          + " must be a list, not a single "
          + found
          + ": write [\""
          + item
          + "\"]";
    }
    if (value.isNull()) {
      return describe(path) + " is empty: it must be " + article(expected);
    }
    if (expected.equals("boolean")) {
      return describe(path) + " must be true or false, not " + article(found);
    }
    return describe(path) + " must be " + article(expected) + ", not " + article(found);
  }

  private String badPattern(List<Object> path, String pointer) {
    String written = written(pointer);
    String pattern = schema.subschema(path).path("pattern").asText();
    if (pattern.equals(KEBAB)) {
      String kebab =
          written.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
      return describe(path)
          + " '"
          + written
          + "' is not kebab-case (lowercase letters, digits"
          + " and single hyphens)"
          + (kebab.isEmpty() ? "" : ": try '" + kebab + "'");
    }
    return describe(path)
        + " '"
        + written
        + "' is not a valid lesson id (letters and digits,"
        + " e.g. \"01\")";
  }

  private Diagnostic repeatedItem(List<Object> path, String pointer) {
    JsonNode array = document.root().at(pointer);
    Set<JsonNode> seen = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      if (!seen.add(array.get(i))) {
        String item = SourceMap.child(pointer, i);
        return at(
            document.source().value(item), describe(path) + " lists '" + written(item) + "' twice");
      }
    }
    return at(document.source().value(pointer), describe(path) + " lists a value twice");
  }

  private String limit(List<Object> path, String keyword) {
    return schema.subschema(path).path(keyword).asText("?");
  }

  private String written(String pointer) {
    return document.source().scalar(pointer).orElseGet(() -> document.root().at(pointer).asText());
  }

  private Diagnostic at(Position position, String message) {
    return Diagnostic.of(Rule.SCHEMA, position, message);
  }

  /**
   * {@code difficulty}, {@code lessons[2]}, {@code sections[1].title}: how authors name a value.
   */
  static String describe(List<Object> path) {
    if (path.isEmpty()) {
      return "the document";
    }
    StringBuilder name = new StringBuilder();
    for (Object element : path) {
      if (element instanceof Integer index) {
        name.append('[').append(index).append(']');
      } else {
        if (name.length() > 0) {
          name.append('.');
        }
        name.append(element);
      }
    }
    return name.toString();
  }

  private static String typeName(JsonNode value) {
    if (value.isTextual()) {
      return "string";
    }
    if (value.isIntegralNumber()) {
      return "number";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isArray()) {
      return "list";
    }
    if (value.isObject()) {
      return "mapping";
    }
    return "nothing";
  }

  private static String article(String type) {
    return switch (type) {
      case "array" -> "a list";
      case "object" -> "a mapping of keys to values";
      case "integer" -> "an integer";
      default -> "a " + type;
    };
  }

  private static String argument(Error error, int index) {
    Object[] arguments = error.getArguments();
    return arguments != null && arguments.length > index ? String.valueOf(arguments[index]) : "?";
  }

  private static List<Object> elements(NodePath path) {
    List<Object> elements = new ArrayList<>();
    if (path != null) {
      for (int i = 0; i < path.getNameCount(); i++) {
        elements.add(path.getElement(i));
      }
    }
    return elements;
  }

  private static String pointer(List<Object> path) {
    String pointer = "";
    for (Object element : path) {
      pointer =
          element instanceof Integer index
              ? SourceMap.child(pointer, index)
              : SourceMap.child(pointer, (String) element);
    }
    return pointer;
  }
}
