package io.github.questionbank.export.pdf;

import io.github.questionbank.markdown.LineIndex;
import io.github.questionbank.model.Position;
import java.util.function.IntFunction;

/** Where a character offset of a Markdown text is in its file, for warnings. */
@FunctionalInterface
interface SourceLocator extends IntFunction<Position> {

  /** An answer: offsets into the body, which starts at {@code firstLine} of {@code file}. */
  static SourceLocator answer(String file, String body, int firstLine) {
    LineIndex lines = new LineIndex(body);
    return offset -> new Position(file, firstLine + lines.line(offset) - 1, lines.column(offset));
  }

  /** A short text whose every offset is reported at one place (a YAML value). */
  static SourceLocator fixed(Position position) {
    return offset -> position;
  }
}
