package io.github.questionbank.export.spi;

import io.github.questionbank.io.OutputStage;
import io.github.questionbank.select.Pack;
import java.io.IOException;

/**
 * One output format: a name authors put in {@code <formats>}, and a writer of a pack. Exporters
 * never touch the output directory themselves: they write through the {@link OutputStage}, which
 * moves everything into place only when every format of every pack succeeded.
 */
public interface Exporter {

  /** The format's name: {@code pdf}, {@code anki-csv} ... */
  String format();

  /** The main file this format writes for a pack, relative to the output directory. */
  String fileName(Pack pack);

  void export(Pack pack, ExportContext context, OutputStage stage) throws IOException;
}
