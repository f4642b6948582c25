package io.github.questionbank.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP messages as interview answers show them: a request or status line, header lines, a blank
 * line and a body. A JSON or XML body is handed to that language's tokenizer. RSyntaxTextArea has
 * no lexer for HTTP; the message format is simple enough to read by its lines.
 */
final class HttpTokenizer implements Tokenizer {

  private static final Pattern REQUEST_LINE =
      Pattern.compile("([A-Z]{3,10})( +)(\\S+)(?:( +)(HTTP/[0-9.]+))?( *)");
  private static final Pattern STATUS_LINE = Pattern.compile("(HTTP/[0-9.]+)( +)([0-9]{3})(.*)");
  private static final Pattern HEADER = Pattern.compile("([A-Za-z0-9!#$%&'*+.^_`|~-]+)(:)(.*)");

  private final Tokenizer json;
  private final Tokenizer xml;

  HttpTokenizer(Tokenizer json, Tokenizer xml) {
    this.json = json;
    this.xml = xml;
  }

  @Override
  public List<List<CodeToken>> tokenize(List<String> lines) {
    List<List<CodeToken>> result = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      // One message: start line, headers up to a blank line, then the body up to the next message.
      i = startLine(lines, i, result);
      String contentType = "";
      while (i < lines.size() && !lines.get(i).isBlank()) {
        Matcher header = HEADER.matcher(lines.get(i));
        if (header.matches()) {
          if (header.group(1).equalsIgnoreCase("content-type")) {
            contentType = header.group(3).toLowerCase(Locale.ROOT);
          }
          result.add(
              List.of(
                  new CodeToken(TokenKind.ATTRIBUTE, header.group(1)),
                  new CodeToken(TokenKind.PLAIN, header.group(2) + header.group(3))));
        } else {
          result.add(Tokens.plain(lines.get(i)));
        }
        i++;
      }
      int bodyStart = i;
      while (i < lines.size() && (i == bodyStart || !startsMessage(lines.get(i)))) {
        i++;
      }
      result.addAll(body(lines.subList(bodyStart, i), contentType));
    }
    return result;
  }

  private static boolean startsMessage(String line) {
    return REQUEST_LINE.matcher(line).matches() && line.contains(" HTTP/")
        || STATUS_LINE.matcher(line).matches();
  }

  /** The start line at {@code i}, if it is one; returns the index after it. */
  private static int startLine(List<String> lines, int i, List<List<CodeToken>> result) {
    String line = lines.get(i);
    Matcher status = STATUS_LINE.matcher(line);
    Matcher request = REQUEST_LINE.matcher(line);
    List<CodeToken> tokens = new ArrayList<>();
    if (status.matches()) {
      Tokens.append(tokens, TokenKind.META, status.group(1));
      Tokens.append(tokens, TokenKind.PLAIN, status.group(2));
      Tokens.append(tokens, TokenKind.LITERAL, status.group(3));
      Tokens.append(tokens, TokenKind.PLAIN, status.group(4));
    } else if (request.matches()) {
      Tokens.append(tokens, TokenKind.KEYWORD, request.group(1));
      Tokens.append(tokens, TokenKind.PLAIN, request.group(2) + request.group(3));
      Tokens.append(tokens, TokenKind.PLAIN, nullToEmpty(request.group(4)));
      Tokens.append(tokens, TokenKind.META, nullToEmpty(request.group(5)));
      Tokens.append(tokens, TokenKind.PLAIN, request.group(6));
    } else {
      return i; // not a start line: read it as a header or body line
    }
    result.add(tokens);
    return i + 1;
  }

  private List<List<CodeToken>> body(List<String> body, String contentType) {
    String first = body.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    if (contentType.contains("json") || first.startsWith("{") || first.startsWith("[")) {
      return json.tokenize(body);
    }
    if (contentType.contains("xml") || contentType.contains("html") || first.startsWith("<")) {
      return xml.tokenize(body);
    }
    return body.stream().map(Tokens::plain).toList();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
