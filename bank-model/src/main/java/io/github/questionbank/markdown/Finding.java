package io.github.questionbank.markdown;

/** Something found in a Markdown text, at a character offset into it. */
public record Finding(int offset, String message) {}
