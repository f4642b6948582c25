package io.github.questionbank.export.pdf;

import io.github.questionbank.model.Section;
import io.github.questionbank.select.Pack;
import java.util.LinkedHashSet;
import java.util.Set;

/** Document properties both handouts share. */
final class PdfMetadata {

  private PdfMetadata() {}

  /** The pack's sections and tags, as a PDF reader's search index wants them. */
  static String keywords(Pack pack) {
    Set<String> words = new LinkedHashSet<>();
    words.add(pack.bank().id());
    pack.sections().stream().map(Section::title).forEach(words::add);
    pack.questions().forEach(q -> words.addAll(q.tags()));
    return String.join(", ", words);
  }
}
