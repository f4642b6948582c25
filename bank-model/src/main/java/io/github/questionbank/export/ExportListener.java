package io.github.questionbank.export;

/** Progress of an export, as it happens; the build tool turns it into log lines. */
public interface ExportListener {

  ExportListener NONE = new ExportListener() {};

  /** The bank has been loaded, parsed and checked: the export's first phase. */
  default void validated(int filesChecked, long millis) {}

  /**
   * The first phase was skipped: a validation made earlier in the same build still holds, and only
   * the answers' Markdown was parsed again.
   */
  default void reusedValidation(int filesChecked, long millis) {}

  /** A format of a pack has been written and moved into place. */
  default void written(ExportedFile file) {}

  /** A file the last export wrote and this one did not (a removed pack or format) was deleted. */
  default void removed(String file) {}

  /** Every format of every pack is written and in place: the export's second phase. */
  default void wroteAll(int files, long millis) {}
}
