package io.github.questionbank.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.questionbank.model.SourceMap;

/**
 * A YAML document read into a JSON tree (what the schema validator checks) together with where each
 * of its keys and values sits in the file.
 */
public record YamlDocument(String path, JsonNode root, SourceMap source) {}
