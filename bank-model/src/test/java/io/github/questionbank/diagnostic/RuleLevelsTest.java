package io.github.questionbank.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.questionbank.diagnostic.RuleLevelProblem.Kind;
import io.github.questionbank.model.Position;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleLevelsTest {

  private static final Diagnostic ORDER =
      Diagnostic.of(
          Rule.DIFFICULTY_ORDER, new Position("q/020.md", 2, 13), "LOW after HIGH in 'basics'");
  private static final Diagnostic LESSON =
      Diagnostic.of(Rule.UNUSED_LESSON, new Position("lessons.yaml", 6, 5), "lesson '03' unused");
  private static final Diagnostic ANSWER =
      Diagnostic.of(Rule.EMPTY_ANSWER, new Position("q/030.md", 7, 1), "no model answer");

  @Test
  void byDefaultEveryRuleIsAtItsOwnSeverityAndFindingsStayAsTheyAre() {
    RuleLevels defaults = RuleLevels.defaults();

    assertThat(Rule.values())
        .allSatisfy(r -> assertThat(defaults.levelOf(r)).isEqualTo(Level.of(r.severity())));
    List<Diagnostic> findings = List.of(ORDER, LESSON, ANSWER);
    assertThat(defaults.apply(findings)).isEqualTo(findings);
    assertThat(defaults.describe()).isEmpty();
  }

  @Test
  void offDropsARulesFindingsAndALevelSetsTheirSeverity() throws Exception {
    RuleLevels levels =
        RuleLevels.parse(
            ordered(
                "difficulty-order", "off", "unused-lesson", "error", "empty-answer", "warning"));

    List<Diagnostic> applied = levels.apply(List.of(LESSON, ANSWER, ORDER));

    assertThat(applied)
        .extracting(Diagnostic::format)
        .containsExactly(
            "lessons.yaml:6:5: error: lesson '03' unused [unused-lesson]",
            "q/030.md:7:1: warning: no model answer [empty-answer]");
    assertThat(levels.levelOf(Rule.DIFFICULTY_ORDER)).isEqualTo(Level.OFF);
    assertThat(levels.describe())
        .isEqualTo("difficulty-order=off,empty-answer=warning,unused-lesson=error");
  }

  @Test
  void levelsAndIdsAreReadWithoutSurroundingBlanksAndLevelsIgnoringCase() throws Exception {
    RuleLevels levels = RuleLevels.parse(ordered(" difficulty-order ", " OFF "));

    assertThat(levels.levelOf(Rule.DIFFICULTY_ORDER)).isEqualTo(Level.OFF);
  }

  @Test
  void aRuleAtItsDefaultLevelChangesNothingEvenWhenItCannotBeChanged() throws Exception {
    RuleLevels levels = RuleLevels.parse(ordered("schema", "error", "unused-lesson", "warning"));

    assertThat(levels).isEqualTo(RuleLevels.defaults());
  }

  @Test
  void rulesThatGuardSafetyOrIntegrityCannotBeTurnedOffOrDowngraded() {
    assertThat(Arrays.stream(Rule.values()).filter(r -> !RuleLevels.canChange(r)))
        .extracting(Rule::id)
        .containsExactlyInAnyOrder(
            "encoding",
            "yaml-syntax",
            "front-matter",
            "schema",
            "duplicate-id",
            "raw-html",
            "symlink",
            "file-too-large",
            "markdown-too-complex",
            "internal-error");

    assertThatThrownBy(
            () -> RuleLevels.parse(ordered("raw-html", "off", "schema", "warning", "math", "off")))
        .isInstanceOfSatisfying(
            RuleConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new RuleLevelProblem(
                            Kind.FIXED_RULE, "raw-html", "off", java.util.Optional.empty()),
                        new RuleLevelProblem(
                            Kind.FIXED_RULE, "schema", "warning", java.util.Optional.empty())))
        .hasMessage(
            "rule 'raw-html' guards safety or the outputs' integrity and cannot be set to off: it"
                + " is always an error; rule 'schema' guards safety or the outputs' integrity and"
                + " cannot be set to warning: it is always an error");
  }

  @Test
  void anUnknownRuleOrLevelIsRefusedWithTheClosestValidOne() {
    assertThatThrownBy(
            () ->
                RuleLevels.parse(
                    ordered(
                        "dificulty-order", "off", "unused-lesson", "eror", "no-such-thing", "off")))
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessage(
            "unknown rule 'dificulty-order' (did you mean 'difficulty-order'?); rule"
                + " 'unused-lesson' cannot be 'eror' (did you mean 'error'?): the levels are off,"
                + " warning, error; unknown rule 'no-such-thing'");
  }

  @Test
  void aLevelRaisedToErrorComesBeforeAWarningAtTheSamePlace() throws Exception {
    Position place = new Position("q/010.md", 3, 1);
    Diagnostic glyph = Diagnostic.of(Rule.MISSING_GLYPH, place, "character");
    Diagnostic comment = Diagnostic.of(Rule.YAML_COMMENT, place, "comment");

    List<Diagnostic> applied =
        RuleLevels.parse(ordered("yaml-comment", "error")).apply(List.of(glyph, comment));

    assertThat(applied)
        .extracting(Diagnostic::rule)
        .containsExactly(Rule.YAML_COMMENT, Rule.MISSING_GLYPH);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
