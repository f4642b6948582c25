package io.github.questionbank.model;

/**
 * A place in an authored file: the path relative to the project's base directory (always with
 * {@code /} separators) and a 1-based line and column.
 */
public record Position(String path, int line, int column) implements Comparable<Position> {

  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file, for problems that concern the file as a whole. */
  public static Position startOf(String path) {
    return new Position(path, 1, 1);
  }

  @Override
  public int compareTo(Position other) {
    int byPath = path.compareTo(other.path);
    if (byPath != 0) {
      return byPath;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
