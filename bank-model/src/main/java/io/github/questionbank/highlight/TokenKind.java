package io.github.questionbank.highlight;

/**
 * What a piece of code is, as far as its colour goes. The kinds are few on purpose: every output
 * has one colour per kind (see {@link Palette}), and the study page and the Anki note type carry
 * one CSS class per kind ({@link #cssClass()}).
 */
public enum TokenKind {
  /** Identifiers, operators, punctuation, white space: drawn in the text colour. */
  PLAIN(""),
  KEYWORD("tok-keyword"),
  /** Built-in and declared types ({@code int}, {@code VARCHAR}). */
  TYPE("tok-type"),
  STRING("tok-string"),
  /** Numbers and the literals {@code true}, {@code false}, {@code null}. */
  LITERAL("tok-literal"),
  COMMENT("tok-comment"),
  FUNCTION("tok-function"),
  /** Shell and template variables ({@code $HOME}, {@code $id}). */
  VARIABLE("tok-variable"),
  /** Annotations, preprocessor lines, an HTTP version, a diff's hunk header. */
  META("tok-meta"),
  /** Markup tag names ({@code div} in {@code <div>}). */
  TAG("tok-tag"),
  /** Markup attributes, JSON keys, HTTP header names. */
  ATTRIBUTE("tok-attribute"),
  /** A diff's added line. */
  INSERTED("tok-inserted"),
  /** A diff's removed line. */
  DELETED("tok-deleted");

  private final String cssClass;

  TokenKind(String cssClass) {
    this.cssClass = cssClass;
  }

  /** The class the HTML outputs put on a token of this kind; empty for {@link #PLAIN}. */
  public String cssClass() {
    return cssClass;
  }
}
