package io.github.questionbank.export.html;

import java.util.Base64;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The study page's Content Security Policy: nothing may load, only {@code data:} images show, and
 * only the page's own style and script run, named by the SHA-256 of their exact bytes. A script
 * that slipped past the sanitizer into an answer would have another hash, and would not run.
 */
final class ContentSecurityPolicy {

  private ContentSecurityPolicy() {}

  /** The policy for one {@code <style>} and one {@code <script>} element with these contents. */
  static String of(String style, String script) {
    return "default-src 'none'; img-src data:; style-src "
        + source(style)
        + "; script-src "
        + source(script)
        + "; base-uri 'none'; form-action 'none'";
  }

  /** {@code 'sha256-<base64>'} of the UTF-8 bytes, as browsers hash an inline element's text. */
  static String source(String content) {
    // DigestUtils hashes a String's UTF-8 bytes.
    return "'sha256-" + Base64.getEncoder().encodeToString(DigestUtils.sha256(content)) + "'";
  }
}
