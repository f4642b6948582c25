package io.github.questionbank.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each key and value of a YAML document sits in its file, addressed by JSON Pointer (RFC
 * 6901) as the schema validator reports them: {@code ""} is the document, {@code /lessons/0} the
 * first lesson. Also keeps each scalar's text as written, so that messages can quote it ({@code 01}
 * rather than the number 1 it was read as), and the comments that end an unquoted scalar's line.
 */
public final class SourceMap {

  private final Position document;
  private final Map<String, Position> values;
  private final Map<String, Position> keys;
  private final Map<String, String> scalars;
  private final Map<String, TrailingComment> comments;

  private SourceMap(
      Position document,
      Map<String, Position> values,
      Map<String, Position> keys,
      Map<String, String> scalars,
      Map<String, TrailingComment> comments) {
    this.document = document;
    this.values = Map.copyOf(values);
    this.keys = Map.copyOf(keys);
    this.scalars = Map.copyOf(scalars);
    this.comments = Map.copyOf(comments);
  }

  /**
   * A comment on the line where an unquoted scalar ends. YAML reads {@code a #b} as the value
   * {@code a} and drops {@code #b}: often not what the author meant.
   *
   * @param at where the {@code #} is
   * @param rest the rest of the line after the scalar, from the blanks before the {@code #} on
   */
  public record TrailingComment(Position at, String rest) {}

  public static Builder builder(Position document) {
    return new Builder(document);
  }

  /** Where the document starts: the opening {@code ---} of a front matter, or the file's start. */
  public Position document() {
    return document;
  }

  /** The value at a pointer, else the closest enclosing value that has a position. */
  public Position value(String pointer) {
    for (String p = pointer; ; p = parent(p)) {
      Position found = values.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return document;
      }
    }
  }

  /** The key of a mapping entry ({@code /sections/0/title}), else its value. */
  public Position key(String pointer) {
    Position found = keys.get(pointer);
    return found != null ? found : value(pointer);
  }

  /** The scalar at a pointer as it was written in the file. */
  public Optional<String> scalar(String pointer) {
    return Optional.ofNullable(scalars.get(pointer));
  }

  /** The comment that ends the line of the unquoted scalar at a pointer, if there is one. */
  public Optional<TrailingComment> trailingComment(String pointer) {
    return Optional.ofNullable(comments.get(pointer));
  }

  /** Every comment that ends an unquoted scalar's line, by the scalar's pointer. */
  public Map<String, TrailingComment> trailingComments() {
    return comments;
  }

  /** Appends a property name or index to a pointer, escaping as RFC 6901 says. */
  public static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** Collects positions while a document is read. */
  public static final class Builder {
    private final Position document;
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();
    private final Map<String, String> scalars = new HashMap<>();
    private final Map<String, TrailingComment> comments = new HashMap<>();

    private Builder(Position document) {
      this.document = document;
    }

    public Builder value(String pointer, Position position) {
      values.putIfAbsent(pointer, position);
      return this;
    }

    public Builder key(String pointer, Position position) {
      keys.putIfAbsent(pointer, position);
      return this;
    }

    public Builder scalar(String pointer, String text) {
      scalars.putIfAbsent(pointer, text);
      return this;
    }

    public Builder trailingComment(String pointer, TrailingComment comment) {
      comments.putIfAbsent(pointer, comment);
      return this;
    }

    public SourceMap build() {
      return new SourceMap(document, values, keys, scalars, comments);
    }
  }
}
