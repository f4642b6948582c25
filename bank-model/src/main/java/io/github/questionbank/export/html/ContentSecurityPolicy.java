package io.github.questionbank.export.html;

import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The study page's Content Security Policy: nothing may load, only {@code data:} images (and, on a
 * page with math, KaTeX's {@code data:} fonts) show, and only the page's own style and script run,
 * named by the SHA-256 of their exact bytes. A script that slipped past the sanitizer into an
 * answer would have another hash, and would not run.
 */
final class ContentSecurityPolicy {

  private ContentSecurityPolicy() {}

  /** The policy for one {@code <style>} and one {@code <script>} element with these contents. */
  static String of(String style, String script) {
    return of(List.of(style), List.of(script), false);
  }

  /**
   * The policy for {@code <style>} and {@code <script>} elements with these contents.
   *
   * @param dataFonts whether fonts may come from {@code data:} URIs (KaTeX's, inlined in its style)
   */
  static String of(List<String> styles, List<String> scripts, boolean dataFonts) {
    return "default-src 'none'; img-src data:; "
        + (dataFonts ? "font-src data:; " : "")
        + "style-src "
        + sources(styles)
        + "; script-src "
        + sources(scripts)
        + "; base-uri 'none'; form-action 'none'";
  }

  private static String sources(List<String> contents) {
    return contents.stream().map(ContentSecurityPolicy::source).collect(Collectors.joining(" "));
  }

  /** {@code 'sha256-<base64>'} of the UTF-8 bytes, as browsers hash an inline element's text. */
  static String source(String content) {
    // DigestUtils hashes a String's UTF-8 bytes.
    return "'sha256-" + Base64.getEncoder().encodeToString(DigestUtils.sha256(content)) + "'";
  }
}
