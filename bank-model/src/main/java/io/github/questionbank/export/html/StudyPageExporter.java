package io.github.questionbank.export.html;

import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.export.spi.Exporter;
import io.github.questionbank.io.OutputStage;
import io.github.questionbank.select.Pack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code html} format: {@code <pack id>.html}, a study page in one file. Its style, script and
 * images are inside it and its Content Security Policy forbids every request, so it works offline,
 * from {@code file://}, as an e-mail attachment or from any web server. Answers sit in disclosure
 * panels; filters, search and review marks (kept in the browser's local storage) come from its
 * script, and without the script every question and answer is still there.
 */
public final class StudyPageExporter implements Exporter {

  public static final String FORMAT = "html";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String fileName(Pack pack) {
    return pack.id() + ".html";
  }

  @Override
  public void export(Pack pack, ExportContext context, OutputStage stage) throws IOException {
    String page;
    try {
      page = StudyPage.write(pack, context);
    } catch (UncheckedIOException e) {
      // An image that cannot be read or lies outside the bank: validation refuses both.
      throw e.getCause();
    }
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    stage.write(fileName(pack), bytes);
  }
}
