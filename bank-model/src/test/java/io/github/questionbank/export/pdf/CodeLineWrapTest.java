package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.pdf.CodeLineWrap.VisualLine;
import io.github.questionbank.highlight.CodeToken;
import io.github.questionbank.highlight.Highlighter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodeLineWrapTest {

  @Test
  void aLineThatFitsStaysOneLine() {
    assertThat(texts(wrap(40, "java", "int x = 1;"))).containsExactly("int x = 1;");
  }

  @Test
  void aLongLineBreaksBetweenWordsAndKeepsItsIndentationPlusTwo() {
    List<VisualLine> lines =
        wrap(
            40,
            "sql",
            "    UPDATE jobs SET status = 'running' WHERE jobs.id = next.id RETURNING *;");

    assertThat(texts(lines))
        .containsExactly(
            "    UPDATE jobs SET status = 'running'", "WHERE jobs.id = next.id", "RETURNING *;");
    assertThat(lines.get(1).continuation()).isTrue();
    assertThat(lines.get(1).indent()).isEqualTo(6);
    assertThat(lines).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(40));
  }

  @Test
  void aQualifiedNameIsNotCutAtItsDot() {
    List<VisualLine> lines =
        wrap(
            86,
            "sql",
            "UPDATE jobs SET status = 'running', started_at = now() FROM next WHERE jobs.id ="
                + " next.id RETURNING jobs.*;");

    assertThat(texts(lines)).last().asString().startsWith("next.id");
  }

  @Test
  void aLongStringBreaksAfterASlashOrAmpersandNeverAtAHyphen() {
    List<VisualLine> lines =
        wrap(
            40,
            "java",
            "url = \"jdbc:postgresql://db-primary.internal-prod.example.com:5432/orders?ssl=true\";");

    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(40));
    for (int i = 0; i < lines.size() - 1; i++) {
      String text = text(lines.get(i));
      assertThat(text).doesNotEndWith("-");
      assertThat("/?&=,;:. ").contains(text.substring(text.length() - 1));
    }
    assertThat(lines.stream().map(CodeLineWrapTest::text).collect(Collectors.joining()))
        .isEqualTo(
            "url = \"jdbc:postgresql://db-primary.internal-prod.example.com:5432/orders?ssl=true\";");
  }

  @Test
  void aTokenWithNoBreakAnywhereIsCutAtTheWidthAndNoCharacterIsLost() {
    String word = "x".repeat(95);

    List<VisualLine> lines = wrap(30, "", word);

    assertThat(lines.stream().map(CodeLineWrapTest::text).collect(Collectors.joining()))
        .isEqualTo(word);
    assertThat(lines).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(30));
  }

  private static List<VisualLine> wrap(int columns, String language, String line) {
    List<CodeToken> tokens = Highlighter.highlight(language, line).lines().get(0);
    return new CodeLineWrap(columns).wrap(tokens);
  }

  /** A visual line's width as drawn: indentation and marker included. */
  private static int width(VisualLine line) {
    return (line.continuation() ? line.indent() + CodeLineWrap.MARKER.length() : 0)
        + CodeLineWrap.width(text(line));
  }

  private static List<String> texts(List<VisualLine> lines) {
    return lines.stream().map(CodeLineWrapTest::text).toList();
  }

  private static String text(VisualLine line) {
    return line.tokens().stream().map(CodeToken::text).collect(Collectors.joining());
  }
}
