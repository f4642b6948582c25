package io.github.questionbank.highlight;

import static org.fife.ui.rsyntaxtextarea.SyntaxConstants.*;

import io.github.questionbank.highlight.PatternTokenizer.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages a fenced code block may name, under the names authors write after the fence (the
 * ones GitHub, Prism and highlight.js accept), and the tokenizer of each.
 */
final class Languages {

  private static final Map<String, Tokenizer> BY_NAME = new HashMap<>();

  static {
    Tokenizer json = rsyntax(SYNTAX_STYLE_JSON, "json", "json5", "webmanifest");
    Tokenizer xml = rsyntax(SYNTAX_STYLE_XML, "xml", "xsd", "xsl", "svg", "plist", "wsdl");
    rsyntax(SYNTAX_STYLE_JSON_WITH_COMMENTS, "jsonc");
    rsyntax(SYNTAX_STYLE_HTML, "html", "htm", "xhtml", "vue");
    rsyntax(SYNTAX_STYLE_JAVA, "java");
    rsyntax(SYNTAX_STYLE_KOTLIN, "kotlin", "kt", "kts");
    rsyntax(SYNTAX_STYLE_JAVASCRIPT, "javascript", "js", "jsx", "mjs", "cjs", "node");
    rsyntax(SYNTAX_STYLE_TYPESCRIPT, "typescript", "ts", "tsx", "mts", "cts");
    rsyntax(SYNTAX_STYLE_PYTHON, "python", "py", "python3", "py3");
    rsyntax(SYNTAX_STYLE_SQL, "sql", "postgresql", "postgres", "psql", "mysql", "plsql", "tsql");
    rsyntax(
        SYNTAX_STYLE_UNIX_SHELL,
        "bash",
        "sh",
        "shell",
        "zsh",
        "ksh",
        "console",
        "shell-session",
        "shellsession",
        "terminal");
    register(yaml(), "yaml", "yml");
    rsyntax(SYNTAX_STYLE_CSS, "css", "scss", "sass");
    rsyntax(SYNTAX_STYLE_LESS, "less");
    rsyntax(SYNTAX_STYLE_GO, "go", "golang");
    rsyntax(SYNTAX_STYLE_RUST, "rust", "rs");
    rsyntax(SYNTAX_STYLE_C, "c", "h");
    rsyntax(SYNTAX_STYLE_CPLUSPLUS, "cpp", "c++", "cc", "cxx", "hpp", "hxx");
    rsyntax(SYNTAX_STYLE_CSHARP, "csharp", "cs", "c#", "dotnet");
    rsyntax(SYNTAX_STYLE_PROTO, "protobuf", "proto", "proto3");
    rsyntax(SYNTAX_STYLE_GROOVY, "groovy", "gradle");
    rsyntax(SYNTAX_STYLE_SCALA, "scala", "sbt");
    rsyntax(SYNTAX_STYLE_RUBY, "ruby", "rb");
    rsyntax(SYNTAX_STYLE_PHP, "php");
    rsyntax(SYNTAX_STYLE_PERL, "perl", "pl");
    rsyntax(SYNTAX_STYLE_LUA, "lua");
    rsyntax(SYNTAX_STYLE_DART, "dart");
    rsyntax(SYNTAX_STYLE_DOCKERFILE, "dockerfile", "docker");
    rsyntax(SYNTAX_STYLE_MAKEFILE, "makefile", "make", "mk");
    rsyntax(SYNTAX_STYLE_INI, "ini", "toml", "cfg", "conf", "editorconfig");
    rsyntax(SYNTAX_STYLE_PROPERTIES_FILE, "properties", "props");
    rsyntax(SYNTAX_STYLE_POWERSHELL, "powershell", "ps1", "pwsh");
    rsyntax(SYNTAX_STYLE_WINDOWS_BATCH, "bat", "batch", "cmd");
    rsyntax(SYNTAX_STYLE_CLOJURE, "clojure", "clj");
    rsyntax(SYNTAX_STYLE_LISP, "lisp", "elisp", "scheme");
    rsyntax(SYNTAX_STYLE_D, "d");
    rsyntax(SYNTAX_STYLE_LATEX, "latex", "tex");
    rsyntax(SYNTAX_STYLE_VISUAL_BASIC, "vb", "vbnet", "visual-basic");
    rsyntax(SYNTAX_STYLE_FORTRAN, "fortran", "f90");
    rsyntax(SYNTAX_STYLE_DELPHI, "delphi", "pascal");
    rsyntax(SYNTAX_STYLE_TCL, "tcl");
    rsyntax(SYNTAX_STYLE_ACTIONSCRIPT, "actionscript", "as");
    register(new DiffTokenizer(), "diff", "patch", "udiff");
    register(new HttpTokenizer(json, xml), "http", "https", "http-request", "http-response");
    register(graphql(), "graphql", "gql");
  }

  private Languages() {}

  /**
   * The tokenizer for a fenced block's info string ({@code java}, {@code JavaScript}, {@code
   * {.python}}, {@code ts title="app.ts"}), if the language is known.
   */
  static Optional<Tokenizer> forInfo(String info) {
    String name = info.strip();
    int space = indexOfWhitespace(name);
    if (space >= 0) {
      name = name.substring(0, space);
    }
    name = name.replaceFirst("^\\{?\\.?", "").replaceFirst("}$", "").toLowerCase(Locale.ROOT);
    return Optional.ofNullable(BY_NAME.get(name));
  }

  private static int indexOfWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static Tokenizer rsyntax(String style, String... names) {
    return register(new RsyntaxTokenizer(style), names);
  }

  private static Tokenizer register(Tokenizer tokenizer, String... names) {
    for (String name : names) {
      if (BY_NAME.put(name, tokenizer) != null) {
        throw new IllegalStateException("language listed twice: " + name);
      }
    }
    return tokenizer;
  }

  /** YAML's block style as configuration files use it: keys, scalars, comments, anchors, tags. */
  private static Tokenizer yaml() {
    return new PatternTokenizer(
        List.of(
            Rule.of("(?<=^|\\s)#[^\\n]*", TokenKind.COMMENT),
            Rule.of("^(?:---|\\.\\.\\.)(?=\\s|$)", TokenKind.META),
            Rule.of("\"(?:\\\\.|[^\"\\\\\\n])*\"?", TokenKind.STRING),
            Rule.of("'(?:''|[^'\\n])*'?", TokenKind.STRING),
            Rule.of(
                "(?<=^[ \\t]{0,80}(?:- ){0,8})[^\\s#'\"\\-?:,\\[\\]{}&*!|>%@`][^\\n:#]*?(?=:(?:\\s|$))",
                TokenKind.ATTRIBUTE),
            Rule.of("[&*][^\\s,\\[\\]{}]+", TokenKind.VARIABLE),
            Rule.of("!![A-Za-z]+|![^\\s]*", TokenKind.META),
            Rule.of(
                "(?<=[:\\-\\[,]\\s{1,40})(?:true|false|yes|no|on|off|null|~"
                    + "|[-+]?(?:0x[0-9a-fA-F]+|[0-9][0-9_]*(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?))"
                    + "(?=\\s*(?:$|#|,|\\]|}))",
                TokenKind.LITERAL),
            Rule.of("[^\\s\"'#:&*!]+", TokenKind.PLAIN)));
  }

  /** GraphQL's lexical grammar, as much of it as colours need (October 2021 specification). */
  private static Tokenizer graphql() {
    return new PatternTokenizer(
        List.of(
            Rule.of("#[^\\n]*", TokenKind.COMMENT),
            Rule.of("\"\"\"(?:\\\\\"\"\"|(?!\"\"\").)*(?:\"\"\")?", TokenKind.STRING),
            Rule.of("\"(?:\\\\.|[^\"\\\\\\n])*\"?", TokenKind.STRING),
            Rule.of("\\$[_A-Za-z][_0-9A-Za-z]*", TokenKind.VARIABLE),
            Rule.of("@[_A-Za-z][_0-9A-Za-z]*", TokenKind.META),
            Rule.of("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\\b", TokenKind.LITERAL),
            Rule.of("\\b(?:true|false|null)\\b", TokenKind.LITERAL),
            Rule.of(
                "\\b(?:query|mutation|subscription|fragment|on|type|interface|union|enum|input"
                    + "|scalar|schema|extend|implements|directive|repeatable)\\b",
                TokenKind.KEYWORD),
            Rule.of("\\b[A-Z][_0-9A-Za-z]*", TokenKind.TYPE),
            Rule.of("[_A-Za-z][_0-9A-Za-z]*(?=\\s*\\()", TokenKind.FUNCTION),
            Rule.of("[_A-Za-z][_0-9A-Za-z]*", TokenKind.PLAIN)));
  }
}
