package io.github.questionbank.export.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PracticeLinesTest {

  @Test
  void readsAutoInAnyCaseAndWholeNumbersInRange() {
    assertThat(PracticeLines.parse("auto")).contains(PracticeLines.AUTO);
    assertThat(PracticeLines.parse(" AUTO ")).contains(PracticeLines.AUTO);
    assertThat(PracticeLines.parse("4")).contains(PracticeLines.fixed(4));
    assertThat(PracticeLines.parse("1")).contains(PracticeLines.fixed(1));
    assertThat(PracticeLines.parse("25")).contains(PracticeLines.fixed(25));
    assertThat(PracticeLines.parse("04")).contains(PracticeLines.fixed(4));
  }

  @Test
  void refusesWhatIsNeitherAutoNorACountOfLinesThatFitsOnAPage() {
    for (String value :
        new String[] {"", " ", "0", "-3", "26", "1000", "4.5", "four", "auto4", "+4", null}) {
      assertThat(PracticeLines.parse(value)).as("'%s'", value).isEmpty();
    }
  }

  @Test
  void printsAsItIsRead() {
    assertThat(PracticeLines.AUTO).hasToString("auto");
    assertThat(PracticeLines.fixed(7)).hasToString("7");
    assertThat(PracticeLines.AUTO.isAuto()).isTrue();
    assertThat(PracticeLines.fixed(7).isAuto()).isFalse();
    assertThat(PracticeLines.fixed(7).count()).isEqualTo(7);
  }

  @Test
  void aCountOutOfRangeIsABug() {
    assertThatIllegalArgumentException().isThrownBy(() -> PracticeLines.fixed(26));
    assertThatIllegalArgumentException().isThrownBy(() -> PracticeLines.fixed(-1));
  }
}
