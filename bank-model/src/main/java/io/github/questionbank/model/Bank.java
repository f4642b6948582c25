package io.github.questionbank.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A loaded question bank: its metadata from {@code bank.yaml}, its sections in order with their
 * questions, and the lesson catalog.
 *
 * @param description Markdown, or {@code null}
 * @param instructions Markdown ("How to use this bank"), or {@code null}
 */
public record Bank(
    String id,
    String title,
    String subtitle,
    String description,
    String instructions,
    List<String> prerequisites,
    List<Section> sections,
    List<Lesson> lessons) {

  public Bank {
    prerequisites = List.copyOf(prerequisites);
    sections = List.copyOf(sections);
    lessons = List.copyOf(lessons);
  }

  /** Every question of the bank, section by section, in order. */
  public Stream<Question> questions() {
    return sections.stream().flatMap(section -> section.questions().stream());
  }

  public Optional<Section> section(String sectionId) {
    return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
  }

  public Optional<Lesson> lesson(String lessonId) {
    return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
  }
}
