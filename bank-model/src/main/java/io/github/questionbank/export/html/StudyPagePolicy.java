package io.github.questionbank.export.html;

import io.github.questionbank.markdown.HtmlRendering;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.ElementPolicy;
import org.owasp.html.PolicyFactory;

/**
 * What an answer may contain on the study page: the cards' allow-list ({@link
 * HtmlRendering#allowList()}) plus embedded raster images, and nothing the page's Content Security
 * Policy would block. The cards' policy itself stays as it is: Anki reads media from its own folder
 * and has no use for {@code data:} sources.
 */
final class StudyPagePolicy {

  /** A base64 raster image: no SVG, whose markup would be a second thing to sanitize. */
  private static final Pattern DATA_IMAGE =
      Pattern.compile("data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}");

  private static final Pattern DATA_SCHEME =
      Pattern.compile("\\s*data\\s*:", Pattern.CASE_INSENSITIVE);

  /**
   * Answers sit under a question's {@code h3}: their own headings move below it, so that the page
   * keeps one {@code h1} and its headings in order.
   */
  private static final Map<String, String> DEMOTED =
      Map.of("h1", "h4", "h2", "h5", "h3", "h6", "h4", "h6", "h5", "h6", "h6", "h6");

  static final PolicyFactory POLICY =
      HtmlRendering.allowList()
          // The protocol is allowed for every URL attribute, so each one is narrowed below: images
          // take only embedded rasters (the page's CSP allows nothing else), links never data:.
          .allowUrlProtocols("data")
          .allowAttributes("src")
          .matching(onlyDataImages())
          .onElements("img")
          .allowAttributes("href")
          .matching(noDataLinks())
          .onElements("a")
          .allowElements(demote(), "h1", "h2", "h3", "h4", "h5", "h6")
          .toFactory();

  private StudyPagePolicy() {}

  private static AttributePolicy onlyDataImages() {
    return (element, attribute, value) -> DATA_IMAGE.matcher(value).matches() ? value : null;
  }

  private static AttributePolicy noDataLinks() {
    return (element, attribute, value) -> DATA_SCHEME.matcher(value).lookingAt() ? null : value;
  }

  private static ElementPolicy demote() {
    return (element, attributes) -> DEMOTED.getOrDefault(element.toLowerCase(Locale.ROOT), element);
  }
}
