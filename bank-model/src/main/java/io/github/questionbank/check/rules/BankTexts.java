package io.github.questionbank.check.rules;

import com.vladsch.flexmark.util.ast.Document;
import io.github.questionbank.check.BankDraft;
import io.github.questionbank.check.UnprintableCharacters;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.load.YamlDocument;
import io.github.questionbank.markdown.Finding;
import io.github.questionbank.markdown.LocalImages;
import io.github.questionbank.markdown.MarkdownLimitException;
import io.github.questionbank.markdown.MarkdownLimits;
import io.github.questionbank.markdown.MathFormulas;
import io.github.questionbank.markdown.UnsafeContent;
import io.github.questionbank.model.Position;
import io.github.questionbank.model.SourceMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Markdown of bank.yaml (description, instructions) reaches the handouts like any answer: the
 * same limits, the same refusal of raw HTML, script links and broken formulas, the same warning of
 * characters the PDF cannot print, and the same check that local images exist inside the bank
 * (their paths are relative to the bank folder, where bank.yaml is).
 */
final class BankTexts implements BankRule {

  @Override
  public void check(BankDraft draft, Diagnostics diagnostics) {
    SourceMap source = draft.loaded().bankFile().map(YamlDocument::source).orElse(null);
    if (source == null) {
      return;
    }
    Path bankRoot = draft.loaded().directory();
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
            Document document = MarkdownLimits.parse(text);
            for (Finding finding : UnsafeContent.find(document)) {
              diagnostics.report(Rule.RAW_HTML, at, key + " has " + finding.message());
            }
            for (Finding finding : UnprintableCharacters.find(text, document)) {
              diagnostics.report(Rule.MISSING_GLYPH, at, key + ": " + finding.message());
            }
            for (LocalImages.LocalImage image : LocalImages.find(document)) {
              String problem = AnswerContent.missing(bankRoot, bankRoot, image.path(), "bank.yaml");
              if (problem != null) {
                diagnostics.report(Rule.MISSING_IMAGE, at, key + ": " + problem);
              }
            }
            for (Finding formula : MathFormulas.problems(document)) {
              diagnostics.report(Rule.MATH, at, key + ": " + formula.message());
            }
          } catch (MarkdownLimitException e) {
            diagnostics.report(Rule.MARKDOWN_TOO_COMPLEX, at, "the " + key + " " + e.getMessage());
          }
        });
    titles(source, diagnostics);
    draft.loaded().lessonsFile().map(YamlDocument::source).ifPresent(s -> titles(s, diagnostics));
  }

  /**
   * The titles the PDFs print (the bank's title and subtitle, every section's and lesson's title):
   * plain text, not Markdown, but a character no font has prints as a blank there too.
   */
  private static void titles(SourceMap source, Diagnostics diagnostics) {
    List<String> pointers = new ArrayList<>(List.of("/title", "/subtitle"));
    for (String list : List.of("/sections", "/lessons")) {
      for (int i = 0; source.scalar(list + "/" + i + "/title").isPresent(); i++) {
        pointers.add(list + "/" + i + "/title");
      }
    }
    for (String pointer : pointers) {
      source
          .scalar(pointer)
          .ifPresent(
              title -> {
                for (Finding finding : UnprintableCharacters.inPlainText(title)) {
                  diagnostics.report(
                      Rule.MISSING_GLYPH,
                      source.value(pointer),
                      pointer.substring(1).replace('/', '.') + ": " + finding.message());
                }
              });
    }
  }
}
