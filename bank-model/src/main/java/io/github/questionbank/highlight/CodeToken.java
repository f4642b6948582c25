package io.github.questionbank.highlight;

/** A run of code of one kind, never spanning a line break. */
public record CodeToken(TokenKind kind, String text) {}
