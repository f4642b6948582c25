package io.github.questionbank.export.anki;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.sqlite.SQLiteConfig;

/**
 * Writes {@code collection.anki2}: an SQLite database in Anki's schema 11, the schema every Anki
 * desktop version and AnkiDroid can import (newer versions upgrade it as they read it).
 *
 * <p>The file is reproducible: the same statements run in the same order on a fresh file, with a
 * fixed page size, a rollback journal (no WAL file whose checkpoint timing could vary), dates from
 * the inputs (each note's from its question's history, the note type's from its definition, the
 * collection's and decks' from the build's timestamp), and a {@code VACUUM} at the end that lays
 * the pages out afresh.
 */
final class AnkiCollection {

  /** Anki's field separator inside {@code notes.flds}. */
  static final char FIELD_SEPARATOR = '\u001f';

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> SCHEMA_11 =
      List.of(
          """
          CREATE TABLE col (
            id integer primary key, crt integer not null, mod integer not null,
            scm integer not null, ver integer not null, dty integer not null,
            usn integer not null, ls integer not null, conf text not null,
            models text not null, decks text not null, dconf text not null, tags text not null)""",
          """
          CREATE TABLE notes (
            id integer primary key, guid text not null, mid integer not null,
            mod integer not null, usn integer not null, tags text not null, flds text not null,
            sfld integer not null, csum integer not null, flags integer not null,
            data text not null)""",
          """
          CREATE TABLE cards (
            id integer primary key, nid integer not null, did integer not null,
            ord integer not null, mod integer not null, usn integer not null,
            type integer not null, queue integer not null, due integer not null,
            ivl integer not null, factor integer not null, reps integer not null,
            lapses integer not null, left integer not null, odue integer not null,
            odid integer not null, flags integer not null, data text not null)""",
          """
          CREATE TABLE revlog (
            id integer primary key, cid integer not null, usn integer not null,
            ease integer not null, ivl integer not null, lastIvl integer not null,
            factor integer not null, time integer not null, type integer not null)""",
          "CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null)",
          "CREATE INDEX ix_notes_usn on notes (usn)",
          "CREATE INDEX ix_cards_usn on cards (usn)",
          "CREATE INDEX ix_revlog_usn on revlog (usn)",
          "CREATE INDEX ix_cards_nid on cards (nid)",
          "CREATE INDEX ix_cards_sched on cards (did, queue, due)",
          "CREATE INDEX ix_revlog_cid on revlog (cid)",
          "CREATE INDEX ix_notes_csum on notes (csum)");

  private AnkiCollection() {}

  /** Writes the collection into {@code file}, which must not exist yet or be empty. */
  static void write(Path file, AnkiPackage content, Instant timestamp) throws IOException {
    SQLiteConfig config = new SQLiteConfig();
    config.setPageSize(4096);
    config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
    config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    try (Connection db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      db.setAutoCommit(false);
      try (Statement statement = db.createStatement()) {
        for (String ddl : SCHEMA_11) {
          statement.execute(ddl);
        }
      }
      insertCollection(db, content, timestamp);
      insertNotesAndCards(db, content);
      db.commit();
      db.setAutoCommit(true);
      try (Statement statement = db.createStatement()) {
        statement.execute("VACUUM");
      }
    } catch (SQLException e) {
      throw new IOException("cannot write the Anki collection " + file + ": " + e.getMessage(), e);
    }
  }

  private static void insertCollection(Connection db, AnkiPackage content, Instant timestamp)
      throws SQLException, IOException {
    long seconds = timestamp.getEpochSecond();
    Map<String, Object> decks = new LinkedHashMap<>();
    decks.put(Long.toString(AnkiDeck.DEFAULT.id()), AnkiDeck.DEFAULT.toJson(seconds));
    for (AnkiDeck deck : content.decks()) {
      decks.put(Long.toString(deck.id()), deck.toJson(seconds));
    }
    AnkiNoteType noteType = content.noteType();
    try (PreparedStatement insert =
        db.prepareStatement("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
      insert.setLong(1, seconds); // crt: the collection's creation, in seconds
      insert.setLong(2, timestamp.toEpochMilli()); // mod, in milliseconds
      insert.setLong(3, timestamp.toEpochMilli()); // scm: last schema change, in milliseconds
      insert.setString(4, json(collectionConfig(noteType, content.decks().get(0))));
      insert.setString(5, json(Map.of(Long.toString(noteType.id()), noteType.toJson())));
      insert.setString(6, json(decks));
      insert.setString(7, json(Map.of("1", AnkiDeckOptions.defaults())));
      insert.executeUpdate();
    }
  }

  private static void insertNotesAndCards(Connection db, AnkiPackage content) throws SQLException {
    try (PreparedStatement notes =
            db.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
        PreparedStatement cards =
            db.prepareStatement(
                "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0,"
                    + " '')")) {
      int position = 0;
      for (AnkiPackage.Card card : content.cards()) {
        PackageNote note = card.note();
        // When the question last changed: Anki's "update notes: if newer" compares this.
        long modified = note.modified().getEpochSecond();
        notes.setLong(1, card.noteId());
        notes.setString(2, note.note().guid());
        notes.setLong(3, content.noteType().id());
        notes.setLong(4, modified);
        // Anki writes tags with a space on either side, so that " tag " finds whole tags.
        notes.setString(5, " " + note.note().tags() + " ");
        notes.setString(6, String.join(String.valueOf(FIELD_SEPARATOR), note.fields()));
        notes.setString(7, note.sortText());
        notes.setLong(8, checksum(note.sortText()));
        notes.executeUpdate();

        cards.setLong(1, card.cardId());
        cards.setLong(2, card.noteId());
        cards.setLong(3, card.deckId());
        cards.setLong(4, modified);
        // A new card's due is its position in the new queue: the pack's order.
        cards.setLong(5, ++position);
        cards.executeUpdate();
      }
    }
  }

  /** The collection's settings: the pack's deck is current, the note type is the current one. */
  private static Map<String, Object> collectionConfig(AnkiNoteType noteType, AnkiDeck packDeck) {
    Map<String, Object> conf = new LinkedHashMap<>();
    conf.put("activeDecks", List.of(packDeck.id()));
    conf.put("curDeck", packDeck.id());
    conf.put("curModel", noteType.id());
    conf.put("newSpread", 0);
    conf.put("collapseTime", 1200);
    conf.put("timeLim", 0);
    conf.put("estTimes", true);
    conf.put("dueCounts", true);
    conf.put("nextPos", 1);
    conf.put("sortType", "noteFld");
    conf.put("sortBackwards", false);
    conf.put("addToCur", true);
    return conf;
  }

  /** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the sort field's text. */
  static long checksum(String sortText) {
    return Long.parseLong(HexFormat.of().formatHex(DigestUtils.sha1(sortText), 0, 4), 16);
  }

  private static String json(Object value) throws IOException {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IOException("cannot write the collection's JSON", e);
    }
  }
}
