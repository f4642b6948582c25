package io.github.questionbank.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.questionbank.diagnostic.Level;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.diagnostic.RuleLevels;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class RuleOptionsTest {

  @Test
  void nothingSetLeavesEveryRuleAtItsDefault() throws Exception {
    assertThat(RuleOptions.parse(null, null)).isEqualTo(RuleLevels.defaults());
    assertThat(RuleOptions.parse(Map.of(), " ")).isEqualTo(RuleLevels.defaults());
  }

  @Test
  void thePropertyWinsForTheRulesItNamesAndThePomKeepsTheOthers() throws Exception {
    Map<String, String> pom = new LinkedHashMap<>();
    pom.put("difficulty-order", "off");
    pom.put("unused-lesson", "error");

    RuleLevels levels = RuleOptions.parse(pom, "unused-lesson = warning, empty-section=error,");

    assertThat(levels.levelOf(Rule.DIFFICULTY_ORDER)).isEqualTo(Level.OFF);
    assertThat(levels.levelOf(Rule.UNUSED_LESSON)).isEqualTo(Level.WARNING);
    assertThat(levels.levelOf(Rule.EMPTY_SECTION)).isEqualTo(Level.ERROR);
  }

  @Test
  void anUnknownRuleOrLevelNamesBothWaysToSetRulesAndTheClosestValue() {
    Map<String, String> pom = new LinkedHashMap<>();
    pom.put("dificulty-order", "off");
    pom.put("unused-lesson", "of");

    assertThatThrownBy(() -> RuleOptions.parse(pom, null))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "Invalid configuration: <rules> (-Dbank.rules): unknown rule 'dificulty-order' (did"
                + " you mean 'difficulty-order'?) (mvn bank:help -Ddetail lists the rules); rule"
                + " 'unused-lesson' cannot be 'of' (did you mean 'off'?): set it to off, warning,"
                + " error");
  }

  @Test
  void rulesThatCannotBeChangedAreNamed() {
    assertThatThrownBy(() -> RuleOptions.parse(Map.of("raw-html", "off"), "schema=warning"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "Invalid configuration: <rules> (-Dbank.rules): rule 'raw-html' cannot be turned off:"
                + " it guards safety or the outputs' integrity and is always an error; rule"
                + " 'schema' cannot be downgraded to warning: it guards safety or the outputs'"
                + " integrity and is always an error");
  }

  @Test
  void aPropertyEntryWithoutALevelShowsTheForm() {
    assertThatThrownBy(() -> RuleOptions.parse(null, "difficulty-order"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "Invalid configuration: <rules> (-Dbank.rules): 'difficulty-order' is not rule=level:"
                + " write e.g. -Dbank.rules=difficulty-order=off,unused-lesson=error");
  }

  @Test
  void theLevelsReachTheValidationAndExportRequests() throws Exception {
    RuleLevels levels = RuleOptions.parse(Map.of("unused-lesson", "error"), null);
    Requests requests =
        new Requests(
            new File("/work/author/bank"),
            new File("/work/author/bank/src/bank"),
            new File("/work/author/bank/target/bank"),
            levels);

    assertThat(requests.validation().levels()).isEqualTo(levels);
    assertThat(
            requests
                .export(
                    java.util.List.of(),
                    null,
                    "A4",
                    "auto",
                    null,
                    false,
                    io.github.questionbank.export.ExportListener.NONE)
                .levels())
        .isEqualTo(levels);
  }
}
