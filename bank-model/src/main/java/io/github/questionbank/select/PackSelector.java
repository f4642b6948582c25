package io.github.questionbank.select;

import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Difficulty;
import io.github.questionbank.model.Lesson;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.select.PackProblem.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns a pack's configuration into the questions it selects, after checking that everything it
 * names exists. One pass over the questions, with set look-ups: linear in the bank's size. No pack
 * selects a draft ({@code draft: true}).
 */
public final class PackSelector {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Bank bank;

  public PackSelector(Bank bank) {
    this.bank = bank;
  }

  /**
   * @param defaultFormats the formats of a pack that names none
   * @param knownFormats every format the toolchain can write
   */
  public Pack select(PackSpec spec, List<String> defaultFormats, Collection<String> knownFormats)
      throws PackConfigurationException {
    if (bank.questions().findAny().isEmpty()) {
      throw new PackConfigurationException(PackProblem.of(Kind.EMPTY_BANK, spec.id()));
    }
    if (bank.questions().allMatch(Question::draft)) {
      throw new PackConfigurationException(
          PackProblem.of(Kind.ONLY_DRAFTS, spec.id(), Long.toString(bank.questions().count())));
    }
    if (spec.id() == null || spec.id().isBlank()) {
      throw new PackConfigurationException(PackProblem.of(Kind.MISSING_ID, null));
    }
    String id = spec.id();
    List<PackProblem> problems = new ArrayList<>();
    if (!KEBAB.matcher(id).matches()) {
      problems.add(PackProblem.of(Kind.ID_NOT_KEBAB_CASE, id, id));
    }
    List<String> sectionIds = bank.sections().stream().map(Section::id).toList();
    List<String> difficultyNames = Arrays.stream(Difficulty.values()).map(Enum::name).toList();
    List<String> lessonIds = bank.lessons().stream().map(Lesson::id).toList();
    Set<String> tags = new TreeSet<>();
    bank.questions().forEach(question -> tags.addAll(question.tags()));
    unknown(id, spec.sections(), sectionIds, Kind.UNKNOWN_SECTION, problems);
    unknown(id, spec.difficulties(), difficultyNames, Kind.UNKNOWN_DIFFICULTY, problems);
    unknown(id, spec.lessons(), lessonIds, Kind.UNKNOWN_LESSON, problems);
    unknown(id, spec.tags(), List.copyOf(tags), Kind.UNKNOWN_TAG, problems);
    List<String> formats = spec.formats().isEmpty() ? defaultFormats : spec.formats();
    unknown(id, formats, List.copyOf(knownFormats), Kind.UNKNOWN_FORMAT, problems);
    if (formats.isEmpty()) {
      problems.add(PackProblem.of(Kind.NO_FORMAT, id));
    }
    if (!problems.isEmpty()) {
      throw new PackConfigurationException(problems);
    }

    Predicate<Question> selected = selection(spec);
    List<Section> sections = new ArrayList<>();
    for (Section section : bank.sections()) {
      if (!spec.sections().isEmpty() && !spec.sections().contains(section.id())) {
        continue;
      }
      List<Question> questions = section.questions().stream().filter(selected).toList();
      if (!questions.isEmpty()) {
        sections.add(new Section(section.id(), section.title(), section.position(), questions));
      }
    }
    if (sections.isEmpty()) {
      throw new PackConfigurationException(PackProblem.of(Kind.SELECTS_NOTHING, id));
    }
    return new Pack(
        spec.id(),
        spec.title().filter(t -> !t.isBlank()).orElse(bank.title()),
        bank,
        sections,
        List.copyOf(new LinkedHashSet<>(formats)));
  }

  private static Predicate<Question> selection(PackSpec spec) {
    Set<String> difficulties = new HashSet<>(spec.difficulties());
    Set<String> lessons = new HashSet<>(spec.lessons());
    Set<String> tags = new HashSet<>(spec.tags());
    // A draft is checked with the bank but published by no pack.
    return question ->
        !question.draft()
            && (difficulties.isEmpty() || difficulties.contains(question.difficulty().name()))
            && (lessons.isEmpty() || question.lessons().stream().anyMatch(lessons::contains))
            && (tags.isEmpty() || question.tags().stream().anyMatch(tags::contains));
  }

  /** Reports each named value the bank does not know (known values in their order). */
  private static void unknown(
      String pack, List<String> named, List<String> known, Kind kind, List<PackProblem> problems) {
    for (String name : named) {
      if (!known.contains(name)) {
        problems.add(PackProblem.unknown(kind, pack, name, known));
      }
    }
  }
}
