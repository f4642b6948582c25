package io.github.questionbank.check.rules;

import io.github.questionbank.check.BankDraft;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.diagnostic.Suggestions;
import io.github.questionbank.load.SectionFolder;
import io.github.questionbank.model.Position;
import io.github.questionbank.model.Section;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every folder under questions/ is a declared section ({@code unknown-section}), and every declared
 * section has questions ({@code empty-section}).
 */
final class SectionFolders implements BankRule {

  @Override
  public void check(BankDraft draft, Diagnostics diagnostics) {
    if (!draft.sectionsDeclared()) {
      return; // bank.yaml could not be read: its own diagnostics say why
    }
    List<String> declared = draft.bank().sections().stream().map(Section::id).toList();
    for (SectionFolder folder : draft.loaded().folders()) {
      if (!declared.contains(folder.name())) {
        Position at =
            folder.files().isEmpty()
                ? Position.startOf(folder.path())
                : Position.startOf(folder.files().get(0).path());
        diagnostics.report(
            Rule.UNKNOWN_SECTION,
            at,
            "folder '"
                + folder.name()
                + "' is not a section of bank.yaml"
                + Suggestions.didYouMean(folder.name(), declared)
                + ": declare it under 'sections' or move its files");
      }
    }
    Set<String> withQuestions =
        draft.loaded().folders().stream()
            .filter(folder -> !folder.files().isEmpty())
            .map(SectionFolder::name)
            .collect(Collectors.toSet());
    for (Section section : draft.bank().sections()) {
      if (!withQuestions.contains(section.id())) {
        diagnostics.report(
            Rule.EMPTY_SECTION,
            section.position(),
            "section '"
                + section.id()
                + "' has no questions: add files to questions/"
                + section.id()
                + "/");
      }
    }
  }
}
