package io.github.questionbank.diagnostic;

/**
 * Every check the toolchain makes, with the id printed in brackets at the end of a diagnostic line,
 * its severity, and the help text that SARIF viewers show.
 */
public enum Rule {
  ENCODING(
      "encoding",
      Severity.ERROR,
      "File is not UTF-8 text",
      "Bank files must be UTF-8 (a byte order mark and CRLF line endings are fine). Re-save the"
          + " file as UTF-8; a NUL byte or undecodable bytes usually mean a binary file or another"
          + " encoding such as Latin-1."),
  FILE_TOO_LARGE(
      "file-too-large",
      Severity.ERROR,
      "File is larger than 1 MiB",
      "A question file must not exceed 1 MiB. Split the answer or move large material out of the"
          + " bank."),
  MISSING_FILE(
      "missing-file",
      Severity.ERROR,
      "A required bank file is missing",
      "A bank needs bank.yaml (metadata and sections) and lessons.yaml (the lesson catalog) in its"
          + " directory, and a questions/ folder with one folder per section."),
  SYMLINK(
      "symlink",
      Severity.ERROR,
      "Symbolic link leaves the bank or loops",
      "Links in the bank never leave it: a symbolic link that points outside the bank directory,"
          + " or that cannot be resolved, is not followed."),
  STRAY_FILE(
      "stray-file",
      Severity.WARNING,
      "File or folder is not where the bank format expects it",
      "Question files live in questions/<section-id>/ and end in .md. Move the file into a"
          + " section folder, or remove it."),
  FRONT_MATTER(
      "front-matter",
      Severity.ERROR,
      "Question file has no front matter, or it is not closed",
      "A question file starts with a line '---', then the YAML front matter (id, difficulty,"
          + " lessons, tags, question), then a line '---', then the model answer in Markdown."),
  YAML_SYNTAX(
      "yaml-syntax",
      Severity.ERROR,
      "YAML cannot be read",
      "The YAML is malformed, repeats a key, uses a tag, or nests or aliases too deeply. Only"
          + " plain mappings, lists and scalars are accepted; values containing ': ' or starting"
          + " with a quote need quoting."),
  SCHEMA(
      "schema",
      Severity.ERROR,
      "Value does not match the bank's schema",
      "A key is missing, unknown or has a value of the wrong type or form. The message names the"
          + " key and, where it can, suggests the closest valid value."),
  DUPLICATE_ID(
      "duplicate-id",
      Severity.ERROR,
      "Id is used twice",
      "Question ids are unique in the bank (Anki note ids derive from them); section and lesson"
          + " ids are unique in their lists. Rename one of the two."),
  UNKNOWN_SECTION(
      "unknown-section",
      Severity.ERROR,
      "Folder is not a section of bank.yaml",
      "Every folder under questions/ must be declared under 'sections' in bank.yaml. Declare it,"
          + " or move its files into a declared section."),
  UNKNOWN_LESSON(
      "unknown-lesson",
      Severity.ERROR,
      "Lesson is not in lessons.yaml",
      "Every lesson a question (or the bank's prerequisites) names must be in lessons.yaml."),
  DIFFICULTY_ORDER(
      "difficulty-order",
      Severity.WARNING,
      "Section does not run from LOW to HIGH",
      "The bank promises LOW -> MEDIUM -> HIGH within each section. Renumber the file so that it"
          + " sorts after the harder questions, or change its difficulty."),
  EMPTY_ANSWER(
      "empty-answer",
      Severity.ERROR,
      "Question has no model answer",
      "Write the model answer as Markdown below the closing '---' of the front matter."),
  DUPLICATE_QUESTION(
      "duplicate-question",
      Severity.ERROR,
      "Same question asked twice",
      "Two questions have the same text once case, whitespace and Markdown are ignored. Remove"
          + " one or make them ask different things."),
  UNUSED_LESSON(
      "unused-lesson",
      Severity.WARNING,
      "Lesson is not used by any question",
      "Every lesson of the catalog should be covered by at least one question. Point a question"
          + " at it, or remove it from lessons.yaml."),
  EMPTY_SECTION(
      "empty-section",
      Severity.WARNING,
      "Section has no questions",
      "A section declared in bank.yaml has no question files in questions/<section-id>/."),
  RAW_HTML(
      "raw-html",
      Severity.ERROR,
      "Raw HTML or a script link in Markdown",
      "Answers and questions are exported to Anki cards, which run scripts: raw HTML and links"
          + " or images with javascript:, vbscript: or data: destinations are refused. Use"
          + " Markdown, and put literal tags in `code spans`. An HTML comment is an author's"
          + " note, exported nowhere; one never closed is refused, since it hides the rest."),
  MISSING_GLYPH(
      "missing-glyph",
      Severity.WARNING,
      "Character is in no embedded font",
      "The PDF handouts embed Liberation Sans and Mono, Noto Emoji and DejaVu Sans. A character"
          + " none of them has (a script such as Chinese, a private-use character) would print"
          + " as a blank: replace it with words or a character they cover."),
  MISSING_IMAGE(
      "missing-image",
      Severity.ERROR,
      "Local image does not exist",
      "An image path is relative to the question file and must name an existing file inside the"
          + " bank. Remote images are never fetched."),
  MATH(
      "math",
      Severity.ERROR,
      "Formula cannot be typeset",
      "Text between $...$, $$...$$, \\(...\\) or \\[...\\] is TeX math, typeset in the PDF, on"
          + " the study page and by Anki. A formula whose groups are not closed, which uses a"
          + " command the typesetter does not know, or which is otherwise malformed is refused."
          + " Fix the TeX. A dollar sign that is money is math only when another one closes"
          + " it (pandoc's rule: '$5 and $10' stays text); write \\$ where it still would be."),
  MARKDOWN_TOO_COMPLEX(
      "markdown-too-complex",
      Severity.ERROR,
      "Markdown is too long, too dense or nested too deeply",
      "An answer or question may hold at most 64 KiB of Markdown, nested at most 64 levels deep,"
          + " without paragraphs that are both very long and dense with links, tags, entities or"
          + " code spans. Longer, denser or deeper text, or a line the Markdown parser cannot"
          + " handle (such as thousands of dashes), is refused so that checks and exports stay fast"
          + " and cannot crash. Shorten or split the answer, break up its paragraphs, or flatten"
          + " its lists and quotes."),
  YAML_COMMENT(
      "yaml-comment",
      Severity.WARNING,
      "A YAML comment cuts a text value short",
      "In YAML, ' #' starts a comment, so an unquoted text such as 'Why do rows deadlock #locking?'"
          + " ends before the '#' and the rest of the line is dropped. Quote the whole value, e.g."
          + " question: \"Why do rows deadlock #locking?\", or remove the space before '#'."),
  INTERNAL_ERROR(
      "internal-error",
      Severity.ERROR,
      "The toolchain failed on this file",
      "The toolchain met something it did not foresee while reading, checking or rendering this"
          + " file: a bug of the toolchain, not necessarily of the file. Every other file was still"
          + " checked. Please report it with the file (or the smallest part of it that still"
          + " fails) and the message; until it is fixed, changing the line it trips on usually"
          + " works around it.");

  private final String id;
  private final Severity severity;
  private final String shortDescription;
  private final String help;

  Rule(String id, Severity severity, String shortDescription, String help) {
    this.id = id;
    this.severity = severity;
    this.shortDescription = shortDescription;
    this.help = help;
  }

  /** The id shown in brackets at the end of a diagnostic line, e.g. {@code duplicate-id}. */
  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public String shortDescription() {
    return shortDescription;
  }

  public String help() {
    return help;
  }
}
