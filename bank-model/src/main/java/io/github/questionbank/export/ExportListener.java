package io.github.questionbank.export;

/** Progress of an export, as it happens; the build tool turns it into log lines. */
public interface ExportListener {

  ExportListener NONE = new ExportListener() {};

  /** A format of a pack has been written and moved into place. */
  default void written(ExportedFile file) {}
}
