package io.github.questionbank.model;

import java.util.List;

/**
 * One question file. In a bank that passed validation every field is set; while a bank is being
 * checked, a field whose value the schema check rejected is {@code null} (the schema diagnostic
 * already says why), so that the other rules can still look at the rest.
 *
 * @param question the question, inline Markdown
 * @param answer the model answer, the Markdown body of the file
 * @param sectionId the folder the file is in
 * @param file the file, relative to the project's base directory
 * @param answerLine the line of the file on which the answer starts
 * @param source where each front matter key and value is in the file
 * @param draft whether the question is being written ({@code draft: true}): checked like every
 *     other, but selected by no pack, so exported nowhere
 */
public record Question(
    String id,
    Difficulty difficulty,
    List<String> lessons,
    List<String> tags,
    String question,
    String answer,
    String sectionId,
    String file,
    int answerLine,
    SourceMap source,
    boolean draft) {

  public Question {
    lessons = lessons == null ? List.of() : List.copyOf(lessons);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
