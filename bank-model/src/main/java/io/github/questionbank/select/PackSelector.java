package io.github.questionbank.select;

import io.github.questionbank.diagnostic.Suggestions;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Difficulty;
import io.github.questionbank.model.Lesson;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns a pack's configuration into the questions it selects, after checking that everything it
 * names exists. One pass over the questions, with set look-ups: linear in the bank's size.
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
    List<String> problems = new ArrayList<>();
    if (spec.id() == null || spec.id().isBlank()) {
      throw new PackConfigurationException(
          "?", List.of("a <pack> has no <id>: give it a kebab-case id, e.g. security-senior"));
    }
    if (!KEBAB.matcher(spec.id()).matches()) {
      problems.add("id '" + spec.id() + "' must be kebab-case, e.g. security-senior");
    }
    List<String> sectionIds = bank.sections().stream().map(Section::id).toList();
    List<String> difficultyNames = Arrays.stream(Difficulty.values()).map(Enum::name).toList();
    List<String> lessonIds = bank.lessons().stream().map(Lesson::id).toList();
    Set<String> tags = new HashSet<>();
    bank.questions().forEach(question -> tags.addAll(question.tags()));
    unknown(spec.sections(), sectionIds, "section", problems);
    unknown(spec.difficulties(), difficultyNames, "difficulty", problems);
    unknown(spec.lessons(), lessonIds, "lesson", problems);
    unknown(spec.tags(), tags, "tag", problems);
    List<String> formats = spec.formats().isEmpty() ? defaultFormats : spec.formats();
    unknown(formats, knownFormats, "format", problems);
    if (formats.isEmpty()) {
      problems.add("no format to write: name at least one in <formats>");
    }
    if (!problems.isEmpty()) {
      throw new PackConfigurationException(String.valueOf(spec.id()), problems);
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
      throw new PackConfigurationException(
          spec.id(),
          List.of("selects no question: widen its sections, difficulties, lessons or tags"));
    }
    return new Pack(
        spec.id(),
        spec.title().filter(t -> !t.isBlank()).orElse(bank.title()),
        bank,
        sections,
        List.copyOf(new LinkedHashSet<>(formats)));
  }

  /** A list as it is (difficulties LOW to HIGH), a set sorted. */
  private static Collection<String> ordered(Collection<String> known) {
    return known instanceof List<String> ? known : new java.util.TreeSet<>(known);
  }

  private static Predicate<Question> selection(PackSpec spec) {
    Set<String> difficulties = new HashSet<>(spec.difficulties());
    Set<String> lessons = new HashSet<>(spec.lessons());
    Set<String> tags = new HashSet<>(spec.tags());
    return question ->
        (difficulties.isEmpty() || difficulties.contains(question.difficulty().name()))
            && (lessons.isEmpty() || question.lessons().stream().anyMatch(lessons::contains))
            && (tags.isEmpty() || question.tags().stream().anyMatch(tags::contains));
  }

  private static void unknown(
      Collection<String> named, Collection<String> known, String what, List<String> problems) {
    for (String name : named) {
      if (!known.contains(name)) {
        problems.add(
            "unknown "
                + what
                + " '"
                + name
                + "'"
                + Suggestions.didYouMean(name, known)
                + (known.size() <= 12 && !known.isEmpty()
                    ? " (known: " + String.join(", ", ordered(known)) + ")"
                    : ""));
      }
    }
  }
}
