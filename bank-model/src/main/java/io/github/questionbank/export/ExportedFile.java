package io.github.questionbank.export;

/**
 * One file an export wrote.
 *
 * @param file relative to the output directory
 * @param questions how many questions it holds
 */
public record ExportedFile(
    String pack, String format, String file, int questions, long bytes, long millis) {}
