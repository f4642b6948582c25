package io.github.questionbank.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.questionbank.export.ExportListener;
import io.github.questionbank.export.spi.PracticeLines;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class RequestsTest {

  private final Requests requests =
      new Requests(
          new File("/work/author/bank"),
          new File("/work/author/bank/src/bank"),
          new File("/work/author/bank/target/bank"));

  private PracticeLines practiceLines(String value) throws MojoExecutionException {
    return requests
        .export(List.of(), null, "A4", value, null, false, ExportListener.NONE)
        .practiceLines();
  }

  @Test
  void practiceLinesReachTheExportRequest() throws Exception {
    assertThat(practiceLines("auto")).isEqualTo(PracticeLines.AUTO);
    assertThat(practiceLines("4")).isEqualTo(PracticeLines.fixed(4));
  }

  @Test
  void invalidPracticeLinesNameTheParameterThePropertyAndWhatTheyMayBe() {
    for (String value : List.of("0", "many", "26")) {
      assertThatThrownBy(() -> practiceLines(value))
          .isInstanceOf(MojoExecutionException.class)
          .hasMessage(
              "Invalid configuration: <practiceLines> (-Dbank.practiceLines) is '"
                  + value
                  + "': set it to auto (room sized by each model answer) or to a whole number of"
                  + " lines from 1 to 25, e.g. <practiceLines>4</practiceLines>");
    }
  }
}
