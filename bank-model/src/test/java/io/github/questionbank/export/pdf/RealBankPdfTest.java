package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.export.Export;
import io.github.questionbank.export.ExportRequest;
import io.github.questionbank.export.ExportResult;
import io.github.questionbank.export.ExportListener;
import io.github.questionbank.export.PageSize;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealBankPdfTest {

  static final Path CONTENT = Path.of("..", "bank-content").toAbsolutePath().normalize();

  @Test
  void exportsTheRealBank() throws Exception {
    Path out = Path.of("target", "pdf-preview").toAbsolutePath();
    ExportResult result = new Export().export(new ExportRequest(CONTENT, CONTENT.resolve("src/bank"), out,
        List.of(), List.of("pdf", "practice-pdf"), Instant.parse("2026-11-25T00:00:00Z"), PageSize.A4, ExportListener.NONE));
    assertThat(result.refused()).isFalse();
    System.out.println(result.files());
    System.out.println(result.warnings());
  }
}
