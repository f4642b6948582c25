package io.github.questionbank.export.anki;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An Anki package read back the way an importer reads it, with nothing from the exporter: the zip
 * unpacked with {@code java.util.zip}, {@code collection.anki2} opened with SQLite through JDBC,
 * the JSON columns parsed, and the {@code media} map resolved to the numbered entries' bytes.
 */
record AnkiPackageFile(
    List<String> entryNames,
    byte[] database,
    Collection collection,
    List<Note> notes,
    List<Card> cards,
    Map<String, String> mediaMap,
    Map<String, byte[]> entries) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The single row of {@code col}, its JSON columns parsed. */
  record Collection(
      long id,
      long crt,
      long mod,
      long scm,
      int ver,
      JsonNode conf,
      JsonNode models,
      JsonNode decks,
      JsonNode dconf,
      String tags) {

    /** The one note type there must be. */
    JsonNode noteType() {
      if (models.size() != 1) {
        throw new AssertionError("expected one note type, found " + models.size());
      }
      return models.elements().next();
    }

    /** Deck name by deck id. */
    Map<Long, String> deckNames() {
      Map<Long, String> names = new LinkedHashMap<>();
      decks
          .fields()
          .forEachRemaining(
              e -> names.put(Long.parseLong(e.getKey()), e.getValue().get("name").asText()));
      return names;
    }

    long deckId(String name) {
      return deckNames().entrySet().stream()
          .filter(e -> e.getValue().equals(name))
          .map(Map.Entry::getKey)
          .findFirst()
          .orElseThrow(() -> new AssertionError("no deck " + name + " in " + deckNames()));
    }
  }

  record Note(
      long id,
      String guid,
      long mid,
      long mod,
      String tags,
      List<String> fields,
      String sfld,
      long csum) {

    String field(JsonNode noteType, String name) {
      List<String> names = new ArrayList<>();
      noteType.get("flds").forEach(f -> names.add(f.get("name").asText()));
      int index = names.indexOf(name);
      if (index < 0) {
        throw new AssertionError("no field " + name + " in " + names);
      }
      return fields.get(index);
    }
  }

  record Card(long id, long nid, long did, int ord, long mod, int type, int queue, long due) {}

  static AnkiPackageFile read(Path apkg, Path scratch) throws IOException, SQLException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (InputStream file = Files.newInputStream(apkg);
        ZipInputStream zip = new ZipInputStream(file)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entries.put(entry.getName(), zip.readAllBytes()) != null) {
          throw new AssertionError("entry twice: " + entry.getName());
        }
      }
    }
    byte[] database = entries.get("collection.anki2");
    if (database == null) {
      throw new AssertionError("no collection.anki2 in " + entries.keySet());
    }
    Files.createDirectories(scratch);
    Path copy = Files.createTempFile(scratch, "collection-", ".anki2");
    Files.write(copy, database);
    Map<String, String> media = new LinkedHashMap<>();
    JSON.readTree(entries.get("media"))
        .fields()
        .forEachRemaining(e -> media.put(e.getKey(), e.getValue().asText()));
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
      return new AnkiPackageFile(
          List.copyOf(entries.keySet()),
          database,
          collection(db),
          notes(db),
          cards(db),
          media,
          entries);
    }
  }

  /** The bytes of the media file Anki would name {@code name}. */
  byte[] media(String name) {
    return mediaMap.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .map(e -> entries.get(e.getKey()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no media " + name + " in " + mediaMap));
  }

  /** The notes in the order of their cards in the new queue: the pack's order. */
  List<Note> notesInPackOrder() {
    return cards.stream()
        .map(card -> notes.stream().filter(n -> n.id() == card.nid()).findFirst().orElseThrow())
        .toList();
  }

  Note note(String guid) {
    return notes.stream()
        .filter(n -> n.guid().equals(guid))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no note with GUID " + guid));
  }

  Card cardOf(Note note) {
    List<Card> of = cards.stream().filter(c -> c.nid() == note.id()).toList();
    if (of.size() != 1) {
      throw new AssertionError("expected one card for note " + note.id() + ": " + of);
    }
    return of.get(0);
  }

  private static Collection collection(Connection db) throws SQLException, IOException {
    try (Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT id, crt, mod, scm, ver, conf, models, decks, dconf, tags FROM col")) {
      if (!rows.next()) {
        throw new AssertionError("no row in col");
      }
      Collection collection =
          new Collection(
              rows.getLong(1),
              rows.getLong(2),
              rows.getLong(3),
              rows.getLong(4),
              rows.getInt(5),
              JSON.readTree(rows.getString(6)),
              JSON.readTree(rows.getString(7)),
              JSON.readTree(rows.getString(8)),
              JSON.readTree(rows.getString(9)),
              rows.getString(10));
      if (rows.next()) {
        throw new AssertionError("more than one row in col");
      }
      return collection;
    }
  }

  private static List<Note> notes(Connection db) throws SQLException {
    List<Note> notes = new ArrayList<>();
    try (Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT id, guid, mid, mod, tags, flds, sfld, csum FROM notes ORDER BY id")) {
      while (rows.next()) {
        notes.add(
            new Note(
                rows.getLong(1),
                rows.getString(2),
                rows.getLong(3),
                rows.getLong(4),
                rows.getString(5),
                Arrays.asList(rows.getString(6).split("\u001f", -1)),
                rows.getString(7),
                rows.getLong(8)));
      }
    }
    return notes;
  }

  private static List<Card> cards(Connection db) throws SQLException {
    List<Card> cards = new ArrayList<>();
    try (Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT id, nid, did, ord, mod, type, queue, due FROM cards ORDER BY due")) {
      while (rows.next()) {
        cards.add(
            new Card(
                rows.getLong(1),
                rows.getLong(2),
                rows.getLong(3),
                rows.getInt(4),
                rows.getLong(5),
                rows.getInt(6),
                rows.getInt(7),
                rows.getLong(8)));
      }
    }
    return cards;
  }
}
