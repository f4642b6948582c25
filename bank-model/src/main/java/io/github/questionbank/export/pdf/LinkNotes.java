package io.github.questionbank.export.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The addresses of the links in one piece of Markdown (an answer, the bank's description), which a
 * printed page cannot click: each link whose text is not already its address gets a number, and the
 * numbered addresses are printed after the text, as notes. One address linked twice keeps its
 * number.
 */
final class LinkNotes {

  /** Addresses worth printing: web and mail. A relative or file link means nothing on paper. */
  private static final Pattern PRINTABLE = Pattern.compile("(?i)(https?://|mailto:)\\S+");

  private static final Pattern SCHEME = Pattern.compile("(?i)^(https?://|mailto:)");

  private final Map<String, Integer> numbers = new LinkedHashMap<>();

  /** Whether a link's address is worth printing: a web or mail address. */
  static boolean printable(String url) {
    return PRINTABLE.matcher(url).matches();
  }

  /**
   * Whether the link's text already shows its address, so that printing it again would only repeat
   * it: {@code <https://example.com>}, {@code [example.com](https://example.com/)}, {@code
   * [ops@example.com](mailto:ops@example.com)}.
   */
  static boolean textShowsAddress(String text, String url) {
    return bare(text).equals(bare(url));
  }

  /** The address as a reader types it: a mail address without its {@code mailto:}. */
  static String printed(String url) {
    return url.regionMatches(true, 0, "mailto:", 0, 7) ? url.substring(7) : url;
  }

  private static String bare(String address) {
    String bare = SCHEME.matcher(address.strip()).replaceFirst("");
    while (bare.endsWith("/")) {
      bare = bare.substring(0, bare.length() - 1);
    }
    return bare.toLowerCase(Locale.ROOT);
  }

  /** The note number of an address: the next one, or the one it already has. */
  int number(String url) {
    return numbers.computeIfAbsent(url, u -> numbers.size() + 1);
  }

  boolean isEmpty() {
    return numbers.isEmpty();
  }

  /** The addresses in the order of their numbers (the first is note 1). */
  List<String> addresses() {
    return new ArrayList<>(numbers.keySet());
  }
}
