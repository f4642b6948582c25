package io.github.questionbank.anki;

import anki.card_rendering.RenderCardResponse;
import anki.card_rendering.RenderedTemplateNode;
import anki.decks.DeckTreeNode;
import anki.generic.Empty;
import anki.import_export.CsvMetadata;
import anki.import_export.CsvMetadataRequest;
import anki.import_export.ImportResponse;
import anki.notes.Note;
import anki.notetypes.Notetype;
import anki.search.SortOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.google.protobuf.ByteString;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A learner's fresh Anki profile: a new, empty collection in a folder of its own, opened by an
 * engine in one language, and what the tests ask of it, through the calls the desktop app makes.
 */
final class AnkiProfile implements Closeable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AnkiEngine engine;
  private final Path folder;

  private AnkiProfile(AnkiEngine engine, Path folder) {
    this.engine = engine;
    this.folder = folder;
  }

  /** A new collection in {@code folder}, its stock note types named in {@code lang}. */
  static AnkiProfile open(Path folder, String lang) throws IOException {
    Path media = Files.createDirectories(folder.resolve("collection.media"));
    AnkiEngine engine = new AnkiEngine(lang);
    try {
      engine.openCollection(
          folder.resolve("collection.anki2").toString(),
          media.toString(),
          folder.resolve("collection.media.db").toString(),
          false);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
    return new AnkiProfile(engine, folder);
  }

  AnkiEngine engine() {
    return engine;
  }

  Path mediaFolder() {
    return folder.resolve("collection.media");
  }

  /** File > Import of a package. */
  ImportResponse.Log importPackage(Path apkg) {
    return engine.importAnkiPackage(apkg.toString()).getLog();
  }

  /** File > Import of a text file, accepting every default the import dialog shows. */
  ImportResponse.Log importCsvWithDialogDefaults(Path csv) {
    return engine.importCsv(csv.toString(), csvDefaults(csv)).getLog();
  }

  /** What the import dialog shows for a text file: read from the file's own header lines. */
  CsvMetadata csvDefaults(Path csv) {
    return engine.getCsvMetadata(CsvMetadataRequest.newBuilder().setPath(csv.toString()).build());
  }

  /** Every note, oldest id first. */
  List<Note> notes() {
    List<Note> notes = new ArrayList<>();
    for (long id : engine.searchNotes("", unsorted())) {
      notes.add(engine.getNote(id));
    }
    notes.sort((a, b) -> Long.compare(a.getId(), b.getId()));
    return notes;
  }

  /** The notes the Browse window finds for {@code search}. */
  List<Long> searchNotes(String search) {
    return engine.searchNotes(search, unsorted());
  }

  List<Long> cardIds() {
    return engine.searchCards("", unsorted());
  }

  Notetype notetypeOf(Note note) {
    return engine.getNotetype(note.getNotetypeId());
  }

  /** The deck of a note's card (our notes have one card each). */
  String deckOf(Note note) {
    List<Long> cards = engine.cardsOfNote(note.getId());
    return engine.getDeck(engine.getCard(cards.get(0)).getDeckId()).getName();
  }

  /** A card as the reviewer shows it: its question side and its answer side, as HTML. */
  RenderedCard render(long cardId) {
    RenderCardResponse rendered = engine.renderExistingCard(cardId, false, false);
    return new RenderedCard(
        html(rendered.getQuestionNodesList()), html(rendered.getAnswerNodesList()));
  }

  record RenderedCard(String question, String answer) {}

  private static String html(List<RenderedTemplateNode> nodes) {
    StringBuilder html = new StringBuilder();
    for (RenderedTemplateNode node : nodes) {
      html.append(
          node.getValueCase() == RenderedTemplateNode.ValueCase.TEXT
              ? node.getText()
              : node.getReplacement().getCurrentText());
    }
    return html.toString();
  }

  /** The deck list as the main window shows it, top to bottom: full names, parents first. */
  List<String> deckList() {
    List<String> names = new ArrayList<>();
    for (DeckTreeNode child : engine.deckTree(0).getChildrenList()) {
      collect(child, "", names);
    }
    return names;
  }

  private static void collect(DeckTreeNode node, String parent, List<String> names) {
    String name = parent.isEmpty() ? node.getName() : parent + "::" + node.getName();
    names.add(name);
    for (DeckTreeNode child : node.getChildrenList()) {
      collect(child, name, names);
    }
  }

  /** The rows a SQL query on the collection returns (AnkiDroid's database bridge). */
  ArrayNode query(String sql) {
    try {
      return (ArrayNode) JSON.readTree(engine.runDbCommand(request(sql)).toStringUtf8());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a statement that changes the collection (to stand in for a sync, say). */
  void execute(String sql) {
    engine.runDbCommand(request(sql));
  }

  /** The bridge's request: a JSON object, as AnkiDroid's {@code dbRequestJson} builds it. */
  private static ByteString request(String sql) {
    return ByteString.copyFromUtf8(
        JSON.createObjectNode()
            .put("kind", "query")
            .put("sql", sql)
            .put("first_row_only", false)
            .set("args", JSON.createArrayNode())
            .toString());
  }

  /** The single number a query such as {@code select count(*) ...} returns. */
  long single(String sql) {
    return query(sql).get(0).get(0).asLong();
  }

  private static SortOrder unsorted() {
    return SortOrder.newBuilder().setNone(Empty.getDefaultInstance()).build();
  }

  @Override
  public void close() {
    try {
      engine.closeCollection(false);
    } finally {
      engine.close();
    }
  }
}
