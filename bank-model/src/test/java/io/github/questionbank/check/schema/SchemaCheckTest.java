package io.github.questionbank.check.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.load.YamlDocument;
import io.github.questionbank.model.Position;
import io.github.questionbank.model.SourceMap;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {

  /**
   * The schema validator fails on a document the reader no longer makes (an infinite number, which
   * networknt's enum check cannot turn into a BigDecimal): the failure is the document's, reported
   * at it, and the document counts as invalid.
   */
  @Test
  void aFailureOfTheValidatorIsAnInternalErrorAtTheDocument() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("id", "x");
    root.put("difficulty", Double.POSITIVE_INFINITY);
    String path = "src/bank/questions/a/010-x.md";
    YamlDocument document =
        new YamlDocument(path, root, SourceMap.builder(Position.startOf(path)).build());
    Diagnostics diagnostics = new Diagnostics();

    boolean valid = new SchemaCheck().check(document, BankSchema.QUESTION, diagnostics);

    assertThat(valid).isFalse();
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith(path + ":1:1: error: the toolchain failed while checking this file")
        .contains("NumberFormatException")
        .endsWith("[internal-error]");
  }
}
