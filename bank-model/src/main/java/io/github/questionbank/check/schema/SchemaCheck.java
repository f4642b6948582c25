package io.github.questionbank.check.schema;

import com.networknt.schema.Error;
import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.FaultIsolation;
import io.github.questionbank.load.YamlDocument;
import java.util.List;
import java.util.Optional;

/**
 * Validates a YAML document against its JSON Schema and reports each schema error at the line and
 * column of the offending key or value, with a message an author can act on.
 */
public final class SchemaCheck {

  /**
   * Reports every schema error of the document; returns whether it had none. A failure of the
   * validator itself is reported at the document ({@code internal-error}), which then counts as
   * invalid.
   */
  public boolean check(YamlDocument document, BankSchema schema, Diagnostics diagnostics) {
    return FaultIsolation.<Boolean>isolate(
            document.path(),
            "checking",
            diagnostics::add,
            () -> {
              List<Error> errors = schema.schema().validate(document.root());
              SchemaErrorMessages messages = new SchemaErrorMessages(document, schema);
              List<Diagnostic> found = errors.stream().map(messages::describe).toList();
              found.forEach(diagnostics::add); // all or none: a failure above adds nothing
              return Optional.of(errors.isEmpty());
            })
        .orElse(false);
  }
}
