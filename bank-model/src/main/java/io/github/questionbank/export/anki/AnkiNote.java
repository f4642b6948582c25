package io.github.questionbank.export.anki;

/**
 * One row of the import file: a Basic note.
 *
 * @param guid see {@link AnkiGuid}
 * @param front the question, sanitized HTML
 * @param back the model answer, sanitized HTML
 * @param deck {@code <pack title>::<number> <section title>}, see {@link AnkiNotes#deck}
 * @param tags space-separated, none containing a space
 */
record AnkiNote(String guid, String front, String back, String deck, String tags) {}
