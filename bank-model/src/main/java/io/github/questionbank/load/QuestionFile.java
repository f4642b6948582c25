package io.github.questionbank.load;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A question file as read from disk: its front matter document and Markdown body, when they could
 * be read (otherwise the reason was reported).
 *
 * @param path the file relative to the project's base directory
 * @param file the file on disk, for resolving local images next to it
 * @param sectionFolder the name of the folder it is in, under {@code questions/}
 */
public record QuestionFile(
    String path,
    Path file,
    String sectionFolder,
    Optional<FrontMatter> frontMatter,
    Optional<YamlDocument> document) {}
