package io.github.questionbank.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's table of rules is what authors read to set levels: it lists every rule, in {@link
 * Rule}, once each, with its default level and whether a project can change it, so it cannot drift
 * from the code.
 */
class ReadmeRuleTableTest {

  private static final Pattern ROW =
      Pattern.compile("^\\| `([a-z-]+)` \\| (error|warning) \\| (yes|no) \\| .+\\|$");

  @Test
  void theReadmeListsEveryRuleWithItsDefaultLevelAndWhetherItCanBeChanged() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
    int header = lines.indexOf("| rule | default level | can be changed | what it catches |");
    assertThat(header).as("the README's table of rules").isNotNegative();

    List<String> rows =
        lines.subList(header + 2, lines.size()).stream()
            .takeWhile(line -> line.startsWith("|"))
            .map(
                line -> {
                  Matcher row = ROW.matcher(line);
                  assertThat(row.matches()).as("a row of the rule table: %s", line).isTrue();
                  return row.group(1) + " " + row.group(2) + " " + row.group(3);
                })
            .toList();

    assertThat(rows)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Rule.values())
                .map(
                    rule ->
                        rule.id()
                            + " "
                            + rule.severity().label()
                            + " "
                            + (RuleLevels.canChange(rule) ? "yes" : "no"))
                .toList());
  }
}
