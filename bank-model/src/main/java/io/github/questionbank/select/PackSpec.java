package io.github.questionbank.select;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pack as configured: a named selection of the bank, exported in some formats. Every list may be
 * empty, which selects everything; the lists combine with AND, the values in one list with OR.
 *
 * @param id kebab-case; names the output files
 * @param title the title on the outputs, or empty for the bank's title
 * @param formats the formats to write, or empty for the default formats
 */
public record PackSpec(
    String id,
    Optional<String> title,
    List<String> sections,
    List<String> difficulties,
    List<String> lessons,
    List<String> tags,
    List<String> formats) {

  public PackSpec {
    Objects.requireNonNull(title, "title");
    sections = List.copyOf(sections);
    difficulties = List.copyOf(difficulties);
    lessons = List.copyOf(lessons);
    tags = List.copyOf(tags);
    formats = List.copyOf(formats);
  }

  /** The one pack of a bank without {@code <packs>}: all of it, named after the bank. */
  public static PackSpec wholeBank(String bankId) {
    return new PackSpec(
        bankId, Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
