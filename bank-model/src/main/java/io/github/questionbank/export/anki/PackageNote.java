package io.github.questionbank.export.anki;

import java.time.Instant;
import java.util.List;

/**
 * A note of the package's own note type: the CSV's note (same GUID, same sanitized HTML, same deck
 * and tags) with the fields the card template lays out.
 *
 * @param note the note the CSV export writes for the same question
 * @param sectionId for the deck id
 * @param fields the values of {@link AnkiNoteType#FIELDS}, in that order, as HTML
 * @param sortText the question as plain text: what Anki sorts and checksums notes by
 * @param modified when the question last changed: Anki updates a note only from a newer one
 */
record PackageNote(
    AnkiNote note, String sectionId, List<String> fields, String sortText, Instant modified) {

  PackageNote {
    fields = List.copyOf(fields);
    if (fields.size() != AnkiNoteType.FIELDS.size()) {
      throw new IllegalArgumentException("expected fields " + AnkiNoteType.FIELDS + ": " + fields);
    }
  }
}
