package io.github.questionbank.check.schema;

import com.networknt.schema.Error;
import io.github.questionbank.check.Diagnostics;
import io.github.questionbank.load.YamlDocument;
import java.util.List;

/**
 * Validates a YAML document against its JSON Schema and reports each schema error at the line and
 * column of the offending key or value, with a message an author can act on.
 */
public final class SchemaCheck {

  /** Reports every schema error of the document; returns whether it had none. */
  public boolean check(YamlDocument document, BankSchema schema, Diagnostics diagnostics) {
    List<Error> errors = schema.schema().validate(document.root());
    SchemaErrorMessages messages = new SchemaErrorMessages(document, schema);
    for (Error error : errors) {
      diagnostics.add(messages.describe(error));
    }
    return errors.isEmpty();
  }
}
