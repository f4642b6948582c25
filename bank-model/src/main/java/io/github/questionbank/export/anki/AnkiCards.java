package io.github.questionbank.export.anki;

import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.select.Pack;
import java.io.IOException;
import java.util.List;

/**
 * A pack's notes with the images they show: what both Anki formats write. Rendering every answer to
 * sanitized HTML is most of their work, so it is done once per pack and export, by whichever of the
 * two formats gets there first.
 *
 * @param notes in the pack's order
 * @param media the local images the notes refer to
 */
record AnkiCards(List<AnkiNote> notes, AnkiMedia media) {

  /** Names the shared work of one pack. */
  private record Key(String packId) {}

  static AnkiCards of(Pack pack, ExportContext context) throws IOException {
    return context
        .shared()
        .get(
            new Key(pack.id()),
            AnkiCards.class,
            () -> {
              // A local image outside the bank fails here as an UncheckedIOException, which
              // SharedWork hands to every format as the IOException inside: only a bank that
              // skipped validation has one.
              AnkiMedia media = new AnkiMedia(context.bankDirectory());
              return new AnkiCards(AnkiNotes.of(pack, context.parsed(), media), media);
            });
  }
}
