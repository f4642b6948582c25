package io.github.questionbank.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Reads {@code project.build.outputTimestamp} as Maven's reproducible-build convention writes it:
 * an ISO 8601 instant or seconds since the epoch. Unset, the outputs still repeat byte for byte,
 * dated 2000-01-01.
 */
final class OutputTimestamp {

  static final Instant UNSET = Instant.parse("2000-01-01T00:00:00Z");

  private OutputTimestamp() {}

  /** Maven reads a missing value or a single character as "not set". */
  static boolean isUnset(String value) {
    return value == null || value.strip().length() < 2;
  }

  static Instant parse(String value) throws MojoExecutionException {
    if (isUnset(value)) {
      return UNSET;
    }
    String text = value.strip();
    try {
      if (text.chars().allMatch(Character::isDigit)) {
        return Instant.ofEpochSecond(Long.parseLong(text));
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new MojoExecutionException(
          "project.build.outputTimestamp '"
              + value
              + "' is neither an ISO 8601 date such as"
              + " 2026-01-01T00:00:00Z nor seconds since 1970",
          e);
    }
  }
}
