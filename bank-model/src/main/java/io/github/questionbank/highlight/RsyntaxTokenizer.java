package io.github.questionbank.highlight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenMakerFactory;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * One of RSyntaxTextArea's lexers. They are JFlex-generated scanners that work a line at a time and
 * carry a state from one line to the next (an open block comment, a multi-line string), which is
 * what an editor needs and exactly what a code block needs too. Only the lexers are used, never the
 * Swing editor, so nothing here needs a display.
 */
final class RsyntaxTokenizer implements Tokenizer {

  private static final ThreadLocal<Map<String, TokenMaker>> MAKERS =
      ThreadLocal.withInitial(HashMap::new);

  private final String syntaxStyle;
  private final boolean keysAreAttributes;
  private final boolean mayHoldJsx;
  private final boolean isJava;

  /**
   * @param syntaxStyle one of RSyntaxTextArea's {@code SyntaxConstants.SYNTAX_STYLE_*} names
   */
  RsyntaxTokenizer(String syntaxStyle) {
    this.syntaxStyle = syntaxStyle;
    // RSyntaxTextArea's JSON lexers call an object's keys variables; to a reader they are names.
    this.keysAreAttributes = syntaxStyle.startsWith("text/json");
    this.mayHoldJsx =
        syntaxStyle.equals(SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT)
            || syntaxStyle.equals(SyntaxConstants.SYNTAX_STYLE_TYPESCRIPT);
    this.isJava = syntaxStyle.equals(SyntaxConstants.SYNTAX_STYLE_JAVA);
  }

  /**
   * Java's module directives' words, keywords only inside a module declaration: elsewhere they are
   * names (transfer(from, to, amount)), but RSyntaxTextArea's lexer colours them everywhere.
   */
  private static final Set<String> MODULE_WORDS =
      Set.of(
          "module",
          "open",
          "opens",
          "exports",
          "requires",
          "transitive",
          "uses",
          "provides",
          "to",
          "with");

  private static final List<String> MODULE_DIRECTIVES =
      List.of("module ", "open module ", "requires ", "exports ", "opens ", "uses ", "provides ");

  private static List<CodeToken> withModuleWordsAsNames(List<CodeToken> tokens, String line) {
    String start = line.strip();
    for (String directive : MODULE_DIRECTIVES) {
      if (start.startsWith(directive)) {
        return tokens; // a line of module-info.java: the words are keywords here
      }
    }
    List<CodeToken> out = new ArrayList<>(tokens.size());
    for (CodeToken token : tokens) {
      out.add(
          token.kind() == TokenKind.KEYWORD && MODULE_WORDS.contains(token.text())
              ? new CodeToken(TokenKind.PLAIN, token.text())
              : token);
    }
    return out;
  }

  @Override
  public List<List<CodeToken>> tokenize(List<String> lines) {
    // A token maker holds its scanner's buffers: one per thread and language, reused from block to
    // block (each starts from the null state), as an editor reuses one from line to line.
    TokenMaker maker =
        MAKERS
            .get()
            .computeIfAbsent(
                syntaxStyle, style -> TokenMakerFactory.getDefaultInstance().getTokenMaker(style));
    List<List<CodeToken>> tokens = new ArrayList<>(lines.size());
    int state = TokenTypes.NULL;
    for (String line : lines) {
      Segment segment = new Segment(line.toCharArray(), 0, line.length());
      List<CodeToken> lexed = lineTokens(maker.getTokenList(segment, state, 0), line);
      if (isJava) {
        lexed = withModuleWordsAsNames(lexed, line);
      }
      tokens.add(merged(mayHoldJsx ? JsxTags.mark(lexed) : lexed));
      state = maker.getLastTokenTypeOnLine(segment, state);
    }
    return tokens;
  }

  /**
   * The line's tokens as ours. Whatever the lexer did not cover (it should cover everything) is
   * kept as plain text, so no character is ever lost.
   */
  private List<CodeToken> lineTokens(Token first, String line) {
    List<CodeToken> tokens = new ArrayList<>();
    int covered = 0;
    for (Token token = first; token != null && token.isPaintable(); token = token.getNextToken()) {
      int start = token.getOffset();
      int end = start + token.length();
      if (start != covered || end > line.length()) {
        break; // a lexer that skipped or overran: keep the rest plain
      }
      TokenKind kind = kindOf(token.getType());
      if (keysAreAttributes && kind == TokenKind.VARIABLE) {
        kind = TokenKind.ATTRIBUTE;
      }
      if (kind == TokenKind.LITERAL && isNumberType(token.getType()) && !hasDigit(token)) {
        kind = TokenKind.PLAIN; // the SQL lexer calls the dot of jobs.id a number
      }
      tokens.add(new CodeToken(kind, line.substring(start, end)));
      covered = end;
    }
    if (covered < line.length()) {
      tokens.add(new CodeToken(TokenKind.PLAIN, line.substring(covered)));
    }
    return tokens;
  }

  /** Neighbours of one kind as one token. */
  private static List<CodeToken> merged(List<CodeToken> tokens) {
    List<CodeToken> merged = new ArrayList<>(tokens.size());
    tokens.forEach(token -> Tokens.append(merged, token.kind(), token.text()));
    return merged;
  }

  private static boolean isNumberType(int type) {
    return type == TokenTypes.LITERAL_NUMBER_DECIMAL_INT
        || type == TokenTypes.LITERAL_NUMBER_FLOAT
        || type == TokenTypes.LITERAL_NUMBER_HEXADECIMAL;
  }

  private static boolean hasDigit(Token token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static TokenKind kindOf(int type) {
    return switch (type) {
      case TokenTypes.COMMENT_EOL,
          TokenTypes.COMMENT_MULTILINE,
          TokenTypes.COMMENT_DOCUMENTATION,
          TokenTypes.COMMENT_KEYWORD,
          TokenTypes.COMMENT_MARKUP,
          TokenTypes.MARKUP_COMMENT ->
          TokenKind.COMMENT;
      case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2 -> TokenKind.KEYWORD;
      case TokenTypes.FUNCTION -> TokenKind.FUNCTION;
      case TokenTypes.DATA_TYPE -> TokenKind.TYPE;
      case TokenTypes.LITERAL_BOOLEAN,
          TokenTypes.LITERAL_NUMBER_DECIMAL_INT,
          TokenTypes.LITERAL_NUMBER_FLOAT,
          TokenTypes.LITERAL_NUMBER_HEXADECIMAL ->
          TokenKind.LITERAL;
      case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE,
          TokenTypes.LITERAL_CHAR,
          TokenTypes.LITERAL_BACKQUOTE,
          TokenTypes.REGEX,
          TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE,
          TokenTypes.MARKUP_CDATA,
          TokenTypes.ERROR_STRING_DOUBLE,
          TokenTypes.ERROR_CHAR ->
          TokenKind.STRING;
      case TokenTypes.VARIABLE -> TokenKind.VARIABLE;
      case TokenTypes.ANNOTATION,
          TokenTypes.PREPROCESSOR,
          TokenTypes.MARKUP_DTD,
          TokenTypes.MARKUP_PROCESSING_INSTRUCTION,
          TokenTypes.MARKUP_ENTITY_REFERENCE,
          TokenTypes.MARKUP_CDATA_DELIMITER ->
          TokenKind.META;
      case TokenTypes.MARKUP_TAG_NAME -> TokenKind.TAG;
      case TokenTypes.MARKUP_TAG_ATTRIBUTE -> TokenKind.ATTRIBUTE;
      default -> TokenKind.PLAIN;
    };
  }
}
