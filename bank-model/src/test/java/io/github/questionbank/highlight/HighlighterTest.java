package io.github.questionbank.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HighlighterTest {

  /** A snippet per language the issue names, and a word in it that must come out as a keyword. */
  static Stream<Arguments> languages() {
    Map<String, String[]> snippets =
        Map.ofEntries(
            Map.entry("java", new String[] {"public class A { int x = 1; }", "public"}),
            Map.entry("kotlin", new String[] {"fun main() { val x = 1 }", "fun"}),
            Map.entry("javascript", new String[] {"const x = () => 1;", "const"}),
            Map.entry("js", new String[] {"function f() { return 1; }", "function"}),
            Map.entry("jsx", new String[] {"const App = () => <div>Hi</div>;", "const"}),
            Map.entry("typescript", new String[] {"let x: number = 1;", "let"}),
            Map.entry("ts", new String[] {"interface A { x: string }", "interface"}),
            Map.entry("tsx", new String[] {"export const A = () => <b/>;", "export"}),
            Map.entry("python", new String[] {"def f(x):\n    return x", "def"}),
            Map.entry("sql", new String[] {"SELECT id FROM orders WHERE id = 1", "SELECT"}),
            Map.entry("bash", new String[] {"if [ -f x ]; then echo hi; fi", "if"}),
            Map.entry("sh", new String[] {"for f in *; do echo $f; done", "for"}),
            Map.entry("shell", new String[] {"while true; do sleep 1; done", "while"}),
            Map.entry("console", new String[] {"if true; then ls; fi", "if"}),
            Map.entry("json", new String[] {"{\"a\": true, \"b\": null}", "true"}),
            Map.entry("yaml", new String[] {"a: true\nb: 'x'", "true"}),
            Map.entry("xml", new String[] {"<a href=\"x\">t</a>", "a"}),
            Map.entry("html", new String[] {"<div class=\"x\">t</div>", "div"}),
            Map.entry("css", new String[] {"a { color: red; }", "color"}),
            Map.entry("go", new String[] {"func main() { var x = 1 }", "func"}),
            Map.entry("rust", new String[] {"fn main() { let x = 1; }", "fn"}),
            Map.entry("c", new String[] {"int main(void) { return 0; }", "return"}),
            Map.entry("cpp", new String[] {"class A { public: int x; };", "class"}),
            Map.entry("csharp", new String[] {"public class A { }", "public"}),
            Map.entry("http", new String[] {"GET /orders HTTP/1.1\nHost: x", "GET"}),
            Map.entry("diff", new String[] {"--- a\n+++ b\n+added\n-removed", "+added"}),
            Map.entry("graphql", new String[] {"query Q { order(id: 1) { id } }", "query"}),
            Map.entry("protobuf", new String[] {"message A { string x = 1; }", "message"}));
    return snippets.entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void everyLanguageTheIssueNamesIsColouredAndKeepsItsText(
      String language, String code, String word) {
    HighlightedCode highlighted = Highlighter.highlight(language, code + "\n");

    assertThat(highlighted.text()).isEqualTo(code);
    assertThat(highlighted.coloured()).as(language).isTrue();
    assertThat(tokens(highlighted))
        .as("the token holding '%s' in %s", word, language)
        .anySatisfy(
            token -> {
              assertThat(token.text()).contains(word);
              assertThat(token.kind()).isNotEqualTo(TokenKind.PLAIN);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "text", "mermaid", "no-such-language", "   "})
  void anUnknownLanguageOrNoneIsPlain(String info) {
    HighlightedCode highlighted = Highlighter.highlight(info, "public class A {}\n");

    assertThat(highlighted.coloured()).isFalse();
    assertThat(highlighted.text()).isEqualTo("public class A {}");
    assertThat(Highlighter.knows(info)).isFalse();
  }

  @Test
  void theInfoStringMayCarryMoreThanTheLanguage() {
    assertThat(Highlighter.knows("ts title=\"app.ts\"")).isTrue();
    assertThat(Highlighter.knows("{.python}")).isTrue();
    assertThat(Highlighter.knows("JavaScript")).isTrue();
  }

  @Test
  void aBlockCommentColoursEveryLineItSpans() {
    HighlightedCode highlighted =
        Highlighter.highlight("java", "/* one\n   two\n   three */\nint x;\n");

    assertThat(highlighted.lines()).hasSize(4);
    for (int line = 0; line < 3; line++) {
      assertThat(highlighted.lines().get(line))
          .allSatisfy(token -> assertThat(token.kind()).isEqualTo(TokenKind.COMMENT));
    }
    assertThat(highlighted.lines().get(3).get(0).kind()).isEqualTo(TokenKind.TYPE);
  }

  @Test
  void anHttpBodyIsReadInTheLanguageItsContentTypeNames() {
    HighlightedCode highlighted =
        Highlighter.highlight(
            "http", "HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"id\": 42}\n");

    assertThat(highlighted.lines().get(0))
        .extracting(CodeToken::kind)
        .contains(TokenKind.META, TokenKind.LITERAL);
    assertThat(highlighted.lines().get(1).get(0))
        .isEqualTo(new CodeToken(TokenKind.ATTRIBUTE, "Content-Type"));
    assertThat(highlighted.lines().get(3))
        .anySatisfy(token -> assertThat(token.kind()).isEqualTo(TokenKind.LITERAL));
  }

  @Test
  void yamlKeysScalarsAndCommentsEachHaveTheirColour() {
    HighlightedCode highlighted =
        Highlighter.highlight(
            "yaml", "server:\n  port: 8080 # the default\n  hosts:\n    - name: 'a: b'\n");

    assertThat(highlighted.lines().get(0).get(0))
        .isEqualTo(new CodeToken(TokenKind.ATTRIBUTE, "server"));
    assertThat(highlighted.lines().get(1))
        .contains(
            new CodeToken(TokenKind.ATTRIBUTE, "port"),
            new CodeToken(TokenKind.LITERAL, "8080"),
            new CodeToken(TokenKind.COMMENT, "# the default"));
    assertThat(highlighted.lines().get(3))
        .contains(
            new CodeToken(TokenKind.ATTRIBUTE, "name"), new CodeToken(TokenKind.STRING, "'a: b'"));
  }

  @Test
  void jsxTagsAndAttributesAreColouredAndAComparisonIsNot() {
    HighlightedCode highlighted =
        Highlighter.highlight(
            "jsx",
            "const App = () => <div className=\"app\">{a < b}</div>;\nreturn (\n  <Button onClick={go} />\n);");

    assertThat(highlighted.lines().get(0))
        .contains(
            new CodeToken(TokenKind.TAG, "div"),
            new CodeToken(TokenKind.ATTRIBUTE, "className"),
            new CodeToken(TokenKind.STRING, "\"app\""));
    assertThat(highlighted.lines().get(0).stream().filter(t -> t.kind() == TokenKind.TAG))
        .extracting(CodeToken::text)
        .containsExactly("div", "div");
    assertThat(highlighted.lines().get(2))
        .contains(
            new CodeToken(TokenKind.TAG, "Button"), new CodeToken(TokenKind.ATTRIBUTE, "onClick"));
  }

  @Test
  void javasModuleWordsAreKeywordsOnlyInAModuleDeclaration() {
    HighlightedCode code =
        Highlighter.highlight(
            "java", "transfer(from, to, amount);\nmodule app {\n  exports app.api to web;\n}");

    assertThat(code.lines().get(0)).noneMatch(t -> t.kind() == TokenKind.KEYWORD);
    assertThat(code.lines().get(1)).contains(new CodeToken(TokenKind.KEYWORD, "module"));
    assertThat(code.lines().get(2))
        .contains(
            new CodeToken(TokenKind.KEYWORD, "exports"), new CodeToken(TokenKind.KEYWORD, "to"));
  }

  @Test
  void jsonKeysAreNamesNotVariables() {
    HighlightedCode highlighted = Highlighter.highlight("json", "{\"id\": 1}");

    assertThat(highlighted.lines().get(0)).contains(new CodeToken(TokenKind.ATTRIBUTE, "\"id\""));
  }

  @Test
  void aGraphqlBlockStringMaySpanLines() {
    HighlightedCode highlighted =
        Highlighter.highlight("graphql", "\"\"\"\nAn order.\n\"\"\"\ntype Order { id: ID! }");

    assertThat(highlighted.lines().get(1))
        .containsExactly(new CodeToken(TokenKind.STRING, "An order."));
    assertThat(highlighted.text()).isEqualTo("\"\"\"\nAn order.\n\"\"\"\ntype Order { id: ID! }");
  }

  @Test
  void whatTheLexerCannotReadStaysInTheTextEvenIfItIsMalformed() {
    String code = "\"unterminated\n/* open comment\n\u0000\uFFFF 🙂 `x\n";

    for (String language :
        List.of("java", "js", "sql", "json", "yaml", "bash", "http", "graphql")) {
      assertThat(Highlighter.highlight(language, code).text()).as(language).isEqualTo(code.strip());
    }
  }

  private static List<CodeToken> tokens(HighlightedCode code) {
    return code.lines().stream().flatMap(List::stream).toList();
  }
}
