package io.github.questionbank.select;

import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import java.util.List;
import java.util.stream.Stream;

/**
 * The questions a pack selects, by section in the bank's order (sections it selects nothing from
 * are left out), with the formats to write them in.
 *
 * @param bank the whole bank, for its metadata and lesson catalog
 */
public record Pack(
    String id, String title, Bank bank, List<Section> sections, List<String> formats) {

  public Pack {
    sections = List.copyOf(sections);
    formats = List.copyOf(formats);
  }

  public Stream<Question> questions() {
    return sections.stream().flatMap(section -> section.questions().stream());
  }

  public int questionCount() {
    return sections.stream().mapToInt(section -> section.questions().size()).sum();
  }
}
