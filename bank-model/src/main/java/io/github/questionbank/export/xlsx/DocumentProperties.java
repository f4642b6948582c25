package io.github.questionbank.export.xlsx;

import io.github.questionbank.markdown.Markdown;
import io.github.questionbank.markdown.PlainText;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Section;
import io.github.questionbank.select.Pack;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties.CoreProperties;

/**
 * The workbook's document properties (File > Info in Excel), which file managers and search indexes
 * show. Dates come from the build's timestamp, never the clock: POI would otherwise stamp the
 * moment of writing and no two builds would be alike.
 */
final class DocumentProperties {

  static final String CREATOR = "questionbank";

  private DocumentProperties() {}

  static void apply(CoreProperties properties, Pack pack, Instant timestamp) {
    Bank bank = pack.bank();
    properties.setTitle(pack.title());
    properties.setSubjectProperty(
        pack.questionCount() + " questions with model answers from " + bank.title());
    // Semicolons: section titles may hold commas, and Windows reads the keywords as tags split
    // at semicolons.
    properties.setKeywords(String.join("; ", keywords(pack)));
    if (bank.description() != null && !bank.description().isBlank()) {
      properties.setDescription(PlainText.of(Markdown.parse(bank.description())));
    }
    properties.setCreator(CREATOR);
    properties.setLastModifiedByUser(CREATOR);
    properties.setCreated(Optional.of(Date.from(timestamp)));
    properties.setModified(Optional.of(Date.from(timestamp)));
  }

  /** The bank, then the pack if it is a part of the bank, then the sections it covers. */
  private static Set<String> keywords(Pack pack) {
    Set<String> keywords = new LinkedHashSet<>();
    keywords.add(pack.bank().id());
    keywords.add(pack.id());
    pack.sections().stream().map(Section::title).forEach(keywords::add);
    return keywords;
  }
}
