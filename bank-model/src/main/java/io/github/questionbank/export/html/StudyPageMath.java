package io.github.questionbank.export.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KaTeX for a study page with formulas: its script (with the few lines that typeset the page's
 * {@code span.math} elements) and its style sheet with every font inlined as a {@code data:} URI,
 * so the page stays one file that works offline. Read from the KaTeX WebJar on the class path once,
 * and only when a page has math: a page without any carries none of it.
 *
 * <p>KaTeX typesets in the browser rather than here: its {@code render} builds the formula with DOM
 * calls, whose styles the page's hash-based Content Security Policy allows, while the HTML it would
 * write ahead of time carries {@code style} attributes the policy blocks (and would need a
 * JavaScript engine in the build).
 */
final class StudyPageMath {

  /** What marks a formula in the rendered answers (see the Markdown's HTML). */
  private static final String FORMULA_CLASS = "class=\"math math-";

  private static final String WEBJAR = "META-INF/resources/webjars/katex/";

  /** Each font's list of sources: woff2 first, then woff and ttf, which every browser can skip. */
  private static final Pattern FONT_SOURCES =
      Pattern.compile(
          "url\\(fonts/([A-Za-z0-9_-]+)\\.woff2\\) format\\(\"woff2\"\\)"
              + "(?:,url\\([^)]*\\) format\\(\"[a-z]+\"\\))*");

  private StudyPageMath() {}

  /** Whether rendered HTML holds a formula. */
  static boolean holdsMath(CharSequence html) {
    return html.toString().contains(FORMULA_CLASS);
  }

  /** KaTeX's style sheet, fonts inlined, and the page's own rules for formulas. */
  static String css() {
    return Assets.CSS;
  }

  /** KaTeX's script, its licence, and the lines that typeset the page. */
  static String script() {
    return Assets.SCRIPT;
  }

  /** Loaded on first use: half a megabyte that a page without math never needs. */
  private static final class Assets {

    private static final String DIST = WEBJAR + version() + "/dist/";
    private static final String CSS =
        checked(inlineFonts(read(DIST + "katex.min.css")), "</style")
            + "\n"
            + readBeside("math.css");
    private static final String SCRIPT =
        checked(
            "/*! KaTeX "
                + version()
                + "\n"
                + read(WEBJAR + version() + "/LICENSE").strip().replace("*/", "* /")
                + "\n*/\n"
                + read(DIST + "katex.min.js").strip()
                + "\n"
                + readBeside("math.js"),
            "</script");

    private static String version() {
      Properties properties = new Properties();
      try (InputStream in = open("META-INF/maven/org.webjars.npm/katex/pom.properties")) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return properties.getProperty("version");
    }

    private static String inlineFonts(String css) {
      Matcher sources = FONT_SOURCES.matcher(css);
      StringBuilder out = new StringBuilder(css.length() * 12);
      while (sources.find()) {
        String font =
            Base64.getEncoder()
                .encodeToString(bytes(DIST + "fonts/" + sources.group(1) + ".woff2"));
        sources.appendReplacement(
            out,
            Matcher.quoteReplacement("url(data:font/woff2;base64," + font + ") format(\"woff2\")"));
      }
      sources.appendTail(out);
      return out.toString();
    }

    /** Guards the element the text goes into: it must not be able to close it. */
    private static String checked(String text, String closingTag) {
      if (text.toLowerCase(java.util.Locale.ROOT).contains(closingTag)) {
        throw new IllegalStateException("KaTeX's files contain " + closingTag);
      }
      return text;
    }

    private static String read(String resource) {
      return new String(bytes(resource), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static String readBeside(String name) {
      try (InputStream in = StudyPageMath.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name + " beside StudyPageMath");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static byte[] bytes(String resource) {
      try (InputStream in = open(resource)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static InputStream open(String resource) {
      InputStream in = StudyPageMath.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException(
            "missing " + resource + ": is the KaTeX WebJar on the class path?");
      }
      return in;
    }
  }
}
