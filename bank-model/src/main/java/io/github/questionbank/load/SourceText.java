package io.github.questionbank.load;

/**
 * An authored file's text, decoded from strict UTF-8 with any byte order mark removed and line
 * endings turned into {@code \n}, so that line numbers count the same on every platform.
 *
 * @param path the file relative to the project's base directory, with {@code /} separators
 */
public record SourceText(String path, String text) {}
