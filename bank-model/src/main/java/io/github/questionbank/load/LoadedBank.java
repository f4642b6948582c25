package io.github.questionbank.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything read from a bank directory, before any rule looked at it. A file that could not be
 * read is absent; the reason is among the loader's diagnostics.
 *
 * @param directory the bank directory on disk
 * @param bankFile {@code bank.yaml}
 * @param lessonsFile {@code lessons.yaml}
 * @param folders the folders under {@code questions/}, by name
 * @param filesRead how many files were read
 */
public record LoadedBank(
    Path directory,
    Optional<YamlDocument> bankFile,
    Optional<YamlDocument> lessonsFile,
    List<SectionFolder> folders,
    int filesRead) {

  public LoadedBank {
    folders = List.copyOf(folders);
  }

  /** Every question file of every folder, folder by folder, in file-name order. */
  public List<QuestionFile> questionFiles() {
    return folders.stream().flatMap(folder -> folder.files().stream()).toList();
  }
}
