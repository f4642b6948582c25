package io.github.questionbank.load;

import java.util.List;

/**
 * A folder under {@code questions/}: it should be a section declared in {@code bank.yaml}.
 *
 * @param path the folder relative to the project's base directory
 * @param files the question files in it, in file-name order
 */
public record SectionFolder(String name, String path, List<QuestionFile> files) {

  public SectionFolder {
    files = List.copyOf(files);
  }
}
