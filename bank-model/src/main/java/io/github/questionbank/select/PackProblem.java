package io.github.questionbank.select;

import io.github.questionbank.diagnostic.Suggestions;
import java.util.List;
import java.util.Optional;

/**
 * One thing wrong with the packs asked for, as values: what kind of problem, which pack (none for
 * the formats every pack defaults to), which value, the closest valid values and all valid ones.
 * The core words it plainly ({@link #describe()}); a front end words it in its own terms (the Maven
 * plugin names {@code <packs>}, {@code <formats>} and {@code -Dbank.formats}).
 *
 * @param kind what is wrong
 * @param pack the pack's id, if the problem is in a pack (and it has one)
 * @param value the value at fault: a section, a format, an id, a file name
 * @param suggestions the closest valid values, best first (may be empty)
 * @param known every valid value, when there are few enough to list (else empty)
 * @param otherPack for {@link Kind#SAME_FILE}: the pack that writes the file first
 */
public record PackProblem(
    Kind kind,
    Optional<String> pack,
    Optional<String> value,
    List<String> suggestions,
    List<String> known,
    Optional<String> otherPack) {

  /** The kinds of problem. */
  public enum Kind {
    /** A pack without an id. */
    MISSING_ID,
    /** An id that is not kebab-case. */
    ID_NOT_KEBAB_CASE,
    /** Two packs with one id. */
    DUPLICATE_ID,
    UNKNOWN_SECTION("section"),
    UNKNOWN_DIFFICULTY("difficulty"),
    UNKNOWN_LESSON("lesson"),
    UNKNOWN_TAG("tag"),
    UNKNOWN_FORMAT("format"),
    /** No format to write at all. */
    NO_FORMAT,
    /** A selection that no question meets. */
    SELECTS_NOTHING,
    /** A bank without a single question: nothing to export, whatever the packs. */
    EMPTY_BANK,
    /** A bank whose every question is a draft (the value is how many): nothing to export yet. */
    ONLY_DRAFTS,
    /** Two packs that would write the same file. */
    SAME_FILE;

    private final String unknownWhat;

    Kind() {
      this(null);
    }

    Kind(String unknownWhat) {
      this.unknownWhat = unknownWhat;
    }

    /** For the UNKNOWN_ kinds, what is unknown: "section", "format" ... */
    public Optional<String> unknownWhat() {
      return Optional.ofNullable(unknownWhat);
    }
  }

  public PackProblem {
    suggestions = List.copyOf(suggestions);
    known = List.copyOf(known);
  }

  public static PackProblem of(Kind kind, String pack) {
    return new PackProblem(
        kind, Optional.ofNullable(pack), Optional.empty(), List.of(), List.of(), Optional.empty());
  }

  public static PackProblem of(Kind kind, String pack, String value) {
    return new PackProblem(
        kind,
        Optional.ofNullable(pack),
        Optional.of(value),
        List.of(),
        List.of(),
        Optional.empty());
  }

  /** An unknown value, with what is closest to it and (when there are few) all that is known. */
  public static PackProblem unknown(Kind kind, String pack, String value, List<String> known) {
    return new PackProblem(
        kind,
        Optional.ofNullable(pack),
        Optional.of(value),
        Suggestions.closest(value, known).stream().toList(),
        known.size() <= 12 ? known : List.of(),
        Optional.empty());
  }

  /**
   * The problem in plain words, without the pack's name (which the caller puts first) and without
   * the terms of any one front end.
   */
  public String describe() {
    String v = value.orElse("?");
    return switch (kind) {
      case MISSING_ID -> "a pack has no id: give it a kebab-case id, e.g. security-senior";
      case ID_NOT_KEBAB_CASE -> "id '" + v + "' must be kebab-case, e.g. security-senior";
      case DUPLICATE_ID -> "two packs have this id: pack ids name the files and must differ";
      case UNKNOWN_SECTION, UNKNOWN_DIFFICULTY, UNKNOWN_LESSON, UNKNOWN_TAG, UNKNOWN_FORMAT ->
          "unknown "
              + kind.unknownWhat().orElseThrow()
              + " '"
              + v
              + "'"
              + didYouMean()
              + (known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")");
      case NO_FORMAT -> "no format to write: name at least one format";
      case EMPTY_BANK ->
          "the bank has no question yet: add question files under questions/<section-id>/";
      case ONLY_DRAFTS ->
          ("1".equals(v)
                  ? "the bank's only question is a draft"
                  : "all " + v + " questions of the bank are drafts")
              + ": take draft: true out of the questions ready to publish";
      case SELECTS_NOTHING ->
          "selects no question: widen its sections, difficulties, lessons or tags";
      case SAME_FILE ->
          "its file "
              + v
              + " is also written by pack '"
              + otherPack.orElse("?")
              + "': rename one of the two packs";
    };
  }

  /** {@code (did you mean 'security'?)}, or nothing. */
  public String didYouMean() {
    return suggestions.isEmpty() ? "" : " (did you mean '" + suggestions.get(0) + "'?)";
  }
}
