package io.github.questionbank.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.model.Position;
import org.junit.jupiter.api.Test;

/** Workflow commands as the GitHub Actions runner reads them, escaped where it needs it. */
class GitHubAnnotationsTest {

  @Test
  void errorAnnotationCarriesFileLineColumnAndRuleAsTitle() {
    Diagnostic diagnostic =
        Diagnostic.of(
            Rule.SCHEMA,
            new Position("src/bank/questions/basics/010-what.md", 3, 13),
            "difficulty 'Medium' is not one of LOW, MEDIUM, HIGH (did you mean 'MEDIUM'?)");

    assertThat(new GitHubAnnotations("bank-content/").format(diagnostic))
        .isEqualTo(
            "::error file=bank-content/src/bank/questions/basics/010-what.md,line=3,col=13,"
                + "title=schema::difficulty 'Medium' is not one of LOW, MEDIUM, HIGH (did you mean"
                + " 'MEDIUM'?)");
  }

  @Test
  void warningAnnotationWithoutPrefix() {
    Diagnostic diagnostic =
        Diagnostic.of(Rule.UNUSED_LESSON, new Position("src/bank/lessons.yaml", 6, 5), "unused");

    assertThat(new GitHubAnnotations("").format(diagnostic))
        .isEqualTo("::warning file=src/bank/lessons.yaml,line=6,col=5,title=unused-lesson::unused");
  }

  @Test
  void messageEscapesPercentCarriageReturnAndLineFeedButNotColonOrComma() {
    Diagnostic diagnostic =
        Diagnostic.of(
            Rule.YAML_SYNTAX,
            new Position("a.md", 1, 1),
            "100% sure: line one\r\nline two, %0A stays text\n");

    assertThat(new GitHubAnnotations("").format(diagnostic))
        .endsWith("::100%25 sure: line one%0D%0Aline two, %250A stays text%0A")
        .doesNotContain("\n")
        .doesNotContain("\r");
  }

  @Test
  void propertiesAlsoEscapeColonAndComma() {
    Diagnostic diagnostic =
        Diagnostic.of(Rule.SCHEMA, new Position("src/bank/q,1:x%.md", 2, 5), "m");

    assertThat(new GitHubAnnotations("dir:a,b/").format(diagnostic))
        .isEqualTo(
            "::error file=dir%3Aa%2Cb/src/bank/q%2C1%3Ax%25.md,line=2,col=5,title=schema::m");
    assertThat(GitHubAnnotations.property("a:b,c%d\re\nf")).isEqualTo("a%3Ab%2Cc%25d%0De%0Af");
    assertThat(GitHubAnnotations.data("a:b,c%d\re\nf")).isEqualTo("a:b,c%25d%0De%0Af");
  }
}
