package io.github.questionbank.studypage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nu.validator.checker.InfoAwareErrorHandler;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (vnu, the engine behind validator.w3.org/nu), run in-process on a string.
 *
 * <p>It is set up the way its command line checks a {@code .html} file: the {@code html5-all.rnc}
 * schema plus every checker that goes with it (assertions, tables, headings, CSP enforcement, the
 * CSS of {@code <style>} elements and {@code style} attributes, language detection). The schemas
 * come from the jar's own entity cache, whose fallback is a resolver that resolves nothing, and
 * external entities are off: a check never asks the network for anything.
 *
 * <p>Setting up the schema is the slow part (about a second), so one instance is shared; vnu's
 * validator is not thread-safe, hence the lock.
 */
final class Vnu {

  /** The schema vnu's command line and web service use for text/html. */
  static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  enum Severity {
    ERROR,
    WARNING,
    INFO
  }

  /** One message, where it points (1-based line and column of the page). */
  record Message(Severity severity, int line, int column, String text) {
    @Override
    public String toString() {
      return line + ":" + column + ": " + severity.name().toLowerCase() + ": " + text;
    }
  }

  private static Vnu shared;

  private final SimpleDocumentValidator validator;
  private final List<Message> messages = new ArrayList<>();

  private Vnu() throws Exception {
    // No log4j set-up of its own (it would log at DEBUG to the console); URLs never come in
    // anyway. Language detection on, as on the command line: a page whose lang says "en" but
    // reads otherwise gets a warning.
    validator = new SimpleDocumentValidator(false, false, true);
    // Its log4j 1.2 would otherwise warn that it has no appender; the messages come to us anyway.
    org.apache.log4j.Logger.getRootLogger().addAppender(new org.apache.log4j.varia.NullAppender());
    InfoAwareErrorHandler collector =
        new InfoAwareErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            add(Severity.WARNING, e);
          }

          @Override
          public void error(SAXParseException e) {
            add(Severity.ERROR, e);
          }

          @Override
          public void fatalError(SAXParseException e) {
            add(Severity.ERROR, e);
          }

          @Override
          public void info(SAXParseException e) {
            add(Severity.INFO, e);
          }
        };
    // Problems in the schema itself would land in the same list: the first check reports them.
    validator.setUpMainSchema(HTML5_SCHEMA, collector);
    // noStream = true buffers the document instead of failing on what a streaming parser can't
    // handle, like the command line's default; loadExternalEnts = false: no DTDs fetched.
    validator.setUpValidatorAndParsers(collector, true, false);
  }

  private void add(Severity severity, SAXParseException e) {
    messages.add(new Message(severity, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
  }

  static synchronized Vnu get() throws Exception {
    if (shared == null) {
      shared = new Vnu();
    }
    return shared;
  }

  /** Checks an HTML document, as text/html in UTF-8. */
  synchronized List<Message> checkHtml(String html, String systemId) throws Exception {
    messages.clear();
    InputSource input = new InputSource(new ByteArrayInputStream(utf8(html)));
    input.setSystemId(systemId);
    validator.checkHtmlInputSource(input);
    return List.copyOf(messages);
  }

  /**
   * Checks a style sheet on its own, as the command line's {@code --also-check-css} does for a
   * {@code .css} file. Line numbers are the sheet's own.
   */
  synchronized List<Message> checkCss(String css, String systemId) throws Exception {
    messages.clear();
    InputSource input = new InputSource(new ByteArrayInputStream(utf8(css)));
    input.setSystemId(systemId);
    input.setEncoding("UTF-8");
    validator.checkCssInputSource(input);
    // vnu wraps the sheet in a one-line HTML prolog, which ends with the <style> start tag and a
    // line break: the sheet's line n is the wrapper's line n + 1 (its command line does the same).
    return messages.stream()
        .map(m -> new Message(m.severity(), Math.max(m.line() - 1, 0), m.column(), m.text()))
        .toList();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Every message on its own line, for a failure message. */
  static String list(List<Message> messages) {
    return messages.stream().map(Message::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
