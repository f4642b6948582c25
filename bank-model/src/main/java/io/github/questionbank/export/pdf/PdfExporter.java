package io.github.questionbank.export.pdf;

import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.export.spi.Exporter;
import io.github.questionbank.export.spi.PackDigest;
import io.github.questionbank.io.OutputStage;
import io.github.questionbank.model.Section;
import io.github.questionbank.select.Pack;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What both PDF formats do: lay out a pack's book with their own title, subject and content, with
 * the document properties they share, and stage it as one file.
 */
abstract class PdfExporter implements Exporter {

  private final String format;
  private final String fileSuffix;

  PdfExporter(String format, String fileSuffix) {
    this.format = format;
    this.fileSuffix = fileSuffix;
  }

  @Override
  public final String format() {
    return format;
  }

  @Override
  public final String fileName(Pack pack) {
    return pack.id() + fileSuffix;
  }

  @Override
  public final void export(Pack pack, ExportContext context, OutputStage stage) throws IOException {
    PdfBook.Metadata metadata =
        new PdfBook.Metadata(
            title(pack),
            subject(),
            keywords(pack),
            PackDigest.of(pack, format, context, formatSettings(context)));
    stage.write(fileName(pack), PdfBook.render(context, metadata, content(pack, context)));
  }

  /** The document's title, on the footer of every page too. */
  abstract String title(Pack pack);

  /** The document's subject property. */
  abstract String subject();

  /** The export's settings that only this format depends on, for the document's id. */
  String[] formatSettings(ExportContext context) {
    return new String[0];
  }

  /** What the book draws. */
  abstract PdfBook.Content content(Pack pack, ExportContext context);

  /** The pack's sections and tags, as a PDF reader's search index wants them. */
  static String keywords(Pack pack) {
    Set<String> words = new LinkedHashSet<>();
    words.add(pack.bank().id());
    pack.sections().stream().map(Section::title).forEach(words::add);
    pack.questions().forEach(q -> words.addAll(q.tags()));
    return String.join(", ", words);
  }
}
