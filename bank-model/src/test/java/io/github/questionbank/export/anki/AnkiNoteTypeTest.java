package io.github.questionbank.export.anki;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

/**
 * The note type's date moves with its definition and only with it: Anki updates a learner's note
 * type from a package only when the package's is newer.
 */
class AnkiNoteTypeTest {

  /**
   * The SHA-256 of the definition (fields, template, CSS, LaTeX settings) when {@link
   * AnkiNoteType#DEFINED} was last set. When this test fails, the definition changed: set {@code
   * DEFINED} to the day of the change (later than the one it has), and both values here to the new
   * ones.
   */
  private static final String DEFINITION_SHA256 =
      "e92050aea0ea4e8f50eb2b42cca3cd0f3e03aeda91a3ce132f5eb327800ddc11";

  private static final Instant DEFINED = Instant.parse("2026-11-30T00:00:00Z");

  @Test
  void theDateIsBumpedWheneverTheDefinitionChanges() throws Exception {
    assertThat(definitionSha256())
        .as(
            "the note type's fields, template or CSS changed: set AnkiNoteType.DEFINED to"
                + " today and pin the new hash and date in this test")
        .isEqualTo(DEFINITION_SHA256);
    assertThat(AnkiNoteType.DEFINED)
        .as("AnkiNoteType.DEFINED moved: pin it here with the definition's hash")
        .isEqualTo(DEFINED);
  }

  @Test
  void theNoteTypeCarriesThatDateWhateverTheBank() {
    AnkiNoteType one = new AnkiNoteType(1, "One bank", 2);
    AnkiNoteType other = new AnkiNoteType(3, "Another bank", 4);

    assertThat(one.toJson().get("mod")).isEqualTo(AnkiNoteType.DEFINED.getEpochSecond());
    assertThat(definition(one)).isEqualTo(definition(other));
  }

  /** The hash of what every bank's note type shares: the JSON without id, name, deck and date. */
  private static String definitionSha256() throws Exception {
    return DigestUtils.sha256Hex(
        new ObjectMapper().writeValueAsBytes(definition(new AnkiNoteType(1, "Any", 2))));
  }

  private static Map<String, Object> definition(AnkiNoteType noteType) {
    Map<String, Object> json = new LinkedHashMap<>(noteType.toJson());
    for (String perBank : List.of("id", "name", "did", "mod")) {
      json.remove(perBank);
    }
    return json;
  }
}
