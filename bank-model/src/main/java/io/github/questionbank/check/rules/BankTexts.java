package io.github.questionbank.check.rules;

import io.github.questionbank.check.Diagnostics;
import io.github.questionbank.check.Rule;
import io.github.questionbank.load.BankDraft;
import io.github.questionbank.load.YamlDocument;
import io.github.questionbank.markdown.Finding;
import io.github.questionbank.markdown.MarkdownLimitException;
import io.github.questionbank.markdown.MarkdownLimits;
import io.github.questionbank.markdown.UnsafeContent;
import io.github.questionbank.model.Position;
import io.github.questionbank.model.SourceMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Markdown of bank.yaml (description, instructions) reaches the handouts like any answer: the
 * same limits and the same refusal of raw HTML and script links apply.
 */
final class BankTexts implements BankRule {

  @Override
  public void check(BankDraft draft, Diagnostics diagnostics) {
    SourceMap source = draft.loaded().bankFile().map(YamlDocument::source).orElse(null);
    if (source == null) {
      return;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("description", draft.bank().description());
    texts.put("instructions", draft.bank().instructions());
    texts.forEach(
        (key, text) -> {
          if (text == null) {
            return;
          }
          Position at = source.value("/" + key);
          try {
            for (Finding finding : UnsafeContent.find(MarkdownLimits.parse(text))) {
              diagnostics.report(Rule.RAW_HTML, at, key + " has " + finding.message());
            }
          } catch (MarkdownLimitException e) {
            diagnostics.report(Rule.MARKDOWN_TOO_COMPLEX, at, "the " + key + " " + e.getMessage());
          }
        });
  }
}
