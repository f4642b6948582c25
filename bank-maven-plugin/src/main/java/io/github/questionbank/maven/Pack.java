package io.github.questionbank.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code <pack>} of the POM: Maven fills the fields from the XML. Every element but {@code id} is
 * optional; an empty list selects everything.
 */
public class Pack {

  /** Kebab-case; names the files. */
  String id;

  /** The title on the outputs; default: the bank's title. */
  String title;

  /** Section ids. */
  List<String> sections = new ArrayList<>();

  /** LOW, MEDIUM or HIGH. */
  List<String> difficulties = new ArrayList<>();

  /** Lesson ids. */
  List<String> lessons = new ArrayList<>();

  /** Tags. */
  List<String> tags = new ArrayList<>();

  /** Comma-separated formats; default: the plugin's formats. */
  String formats;
}
