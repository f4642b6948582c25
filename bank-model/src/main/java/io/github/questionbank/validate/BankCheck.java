package io.github.questionbank.validate;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.check.DraftBuilder;
import io.github.questionbank.check.rules.BankRule;
import io.github.questionbank.check.schema.BankSchema;
import io.github.questionbank.check.schema.SchemaCheck;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.FaultIsolation;
import io.github.questionbank.load.LoadedBank;
import io.github.questionbank.markdown.ParsedQuestions;

/**
 * Checks what was loaded: every document against its schema, then the bank's rules over the draft
 * built from what the schema accepted. Reports every finding; stops at none.
 */
final class BankCheck {

  private final SchemaCheck schemaCheck = new SchemaCheck();
  private final String bankFile;

  /**
   * @param bankFile bank.yaml as reported: where a rule that fails on the whole bank is reported
   */
  BankCheck(String bankFile) {
    this.bankFile = bankFile;
  }

  /**
   * @param parsed where the Markdown trees parsed for the rules go (see {@link
   *     ParsedQuestions#discardingTrees()})
   * @return the draft, with the parsed trees
   */
  BankDraft check(LoadedBank loaded, ParsedQuestions parsed, Diagnostics diagnostics) {
    boolean bankValid =
        loaded
            .bankFile()
            .map(d -> schemaCheck.check(d, BankSchema.BANK, diagnostics))
            .orElse(false);
    boolean lessonsValid =
        loaded
            .lessonsFile()
            .map(d -> schemaCheck.check(d, BankSchema.LESSONS, diagnostics))
            .orElse(false);
    // One compiled schema, shared by every core (networknt's schemas are safe to share).
    loaded.questionFiles().parallelStream()
        .forEach(
            file ->
                file.document()
                    .ifPresent(d -> schemaCheck.check(d, BankSchema.QUESTION, diagnostics)));

    BankDraft draft =
        new DraftBuilder().build(loaded, bankValid, lessonsValid, parsed, diagnostics);
    // A rule that looks at the whole bank has no one file to blame: its failure is reported at
    // bank.yaml, and the other rules still run.
    for (BankRule rule : BankRule.all()) {
      FaultIsolation.run(
          bankFile,
          "running the bank rule " + rule.getClass().getSimpleName() + " on",
          diagnostics::add,
          () -> rule.check(draft, diagnostics));
    }
    return draft;
  }
}
