package io.github.questionbank.export.anki;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The package's own note type, named after the bank, as Anki's schema 11 stores it in {@code
 * col.models}. Anki matches note types by id on import, and a change to the field or template names
 * is a schema change that makes Anki ask for a full sync: the id comes from the bank's id alone,
 * and {@link #FIELDS} and the template's name never change. The CSS and the templates' HTML may
 * change: that updates the note type in place.
 *
 * @param id from the bank id (see {@link AnkiIds})
 * @param name the bank's title
 * @param deckId the deck Anki's "Add" dialog suggests for new notes of this type
 */
record AnkiNoteType(long id, String name, long deckId) {

  static final List<String> FIELDS =
      List.of("Question", "Answer", "Difficulty", "Lessons", "Tags", "Section", "Id");

  /**
   * When the definition (fields, templates, CSS) last changed. Anki updates a learner's note type
   * only from a newer one, and a date that moved with every build would rewrite it each time: so
   * the date moves only with the definition, by hand. {@code AnkiNoteTypeTest} pins a hash of the
   * definition beside this date and fails when one changes without the other: whoever changes
   * {@link CardTemplate}, {@link CardStyle} or the fields sets this to the day of the change.
   */
  static final Instant DEFINED = Instant.parse("2026-11-30T00:00:00Z");

  /** The key the note type's id is derived from. */
  static String idKey(String bankId) {
    return "notetype/" + bankId;
  }

  /** The {@code col.models} entry, dated {@link #DEFINED}. */
  Map<String, Object> toJson() {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", id);
    model.put("name", name);
    model.put("type", 0); // standard, not cloze
    model.put("mod", DEFINED.getEpochSecond());
    model.put("usn", -1);
    model.put("sortf", 0); // the browser sorts by the question
    model.put("did", deckId);
    model.put("tmpls", List.of(template()));
    model.put("flds", fields());
    model.put("css", CardStyle.css());
    model.put(
        "latexPre",
        "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
            + "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n"
            + "\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n");
    model.put("latexPost", "\\end{document}");
    model.put("latexsvg", false);
    // Which fields the front needs to be worth a card: any of those it shows. Anki 2.1.28 and
    // newer work this out themselves; older versions read it from here.
    model.put("req", List.of(List.of(0, "any", List.of(0, 2, 3, 5))));
    model.put("tags", List.of());
    model.put("vers", List.of());
    return model;
  }

  private static Map<String, Object> template() {
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("name", CardTemplate.NAME);
    template.put("ord", 0);
    template.put("qfmt", CardTemplate.FRONT);
    template.put("afmt", CardTemplate.BACK);
    template.put("bqfmt", "");
    template.put("bafmt", "");
    template.put("did", null);
    template.put("bfont", "");
    template.put("bsize", 0);
    return template;
  }

  private static List<Map<String, Object>> fields() {
    List<Map<String, Object>> fields = new ArrayList<>();
    for (int ord = 0; ord < FIELDS.size(); ord++) {
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("name", FIELDS.get(ord));
      field.put("ord", ord);
      field.put("sticky", false);
      field.put("rtl", false);
      field.put("font", "Arial");
      field.put("size", 20);
      field.put("media", List.of());
      fields.add(field);
    }
    return fields;
  }
}
