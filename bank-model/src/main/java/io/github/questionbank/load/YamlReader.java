package io.github.questionbank.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.model.Position;
import io.github.questionbank.model.SourceMap;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML safely into a JSON tree with positions. It only composes the node graph, never
 * constructs objects, so no tag can instantiate a Java type; tags other than YAML's own are
 * refused. Aliases, nesting and size are bounded, and a repeated key is an error naming both lines.
 */
public final class YamlReader {

  /** Deeper than any bank file needs; keeps hostile nesting far from the stack's limit. */
  static final int MAX_DEPTH = 32;

  /** Values after alias expansion; a billion-laughs document hits this long before memory. */
  static final int MAX_NODES = 100_000;

  private static final Set<Tag> PLAIN_TAGS =
      Set.of(
          Tag.STR,
          Tag.INT,
          Tag.FLOAT,
          Tag.BOOL,
          Tag.NULL,
          Tag.TIMESTAMP,
          Tag.SEQ,
          Tag.MAP,
          Tag.MERGE);

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /**
   * Reads one YAML document.
   *
   * @param yaml the document's text
   * @param path the file, for positions
   * @param firstLine the file line on which {@code yaml} starts (2 for a front matter)
   * @param document where problems about the document as a whole are reported
   * @return the document, or empty if it could not be read at all (reported)
   */
  public Optional<YamlDocument> read(
      String yaml, String path, int firstLine, Position document, Diagnostics diagnostics) {
    Node root;
    try {
      root = compose(yaml);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Position at = mark == null ? document : position(path, firstLine, mark, new CodePoints(yaml));
      diagnostics.report(Rule.YAML_SYNTAX, at, describe(e));
      return Optional.empty();
    } catch (YAMLException e) {
      diagnostics.report(Rule.YAML_SYNTAX, document, limitMessage(e));
      return Optional.empty();
    }
    SourceMap.Builder source = SourceMap.builder(document);
    if (root == null) {
      return Optional.of(new YamlDocument(path, JSON.nullNode(), source.build()));
    }
    Converter converter = new Converter(yaml, path, firstLine, source, diagnostics);
    try {
      JsonNode json = converter.convert(root, "", 0);
      return Optional.of(new YamlDocument(path, json, source.build()));
    } catch (TooLargeException e) {
      diagnostics.report(Rule.YAML_SYNTAX, e.at, e.getMessage());
      return Optional.empty();
    }
  }

  private static Node compose(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by the converter, with both lines
    options.setMaxAliasesForCollections(20);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit((int) TextFileReader.MAX_BYTES * 2);
    options.setProcessComments(false);
    Composer composer =
        new Composer(
            new ParserImpl(new StreamReader(new StringReader(yaml)), options),
            new Resolver(),
            options);
    return composer.getSingleNode();
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
    if (problem == null) {
      problem = "malformed YAML";
    }
    String hint = "";
    int global = problem.indexOf("Global tag is not allowed: ");
    if (global >= 0) {
      // SnakeYAML refuses !!java... tags itself while parsing: say it as the converter would.
      String tag = problem.substring(global + "Global tag is not allowed: ".length()).strip();
      return "YAML tag '"
          + tag.replace(Tag.PREFIX, "!!")
          + "' is not allowed: bank files hold plain values only";
    }
    if (problem.contains("(TAB)")
        || problem.contains("found character '\\t'")
        || problem.contains("found character '\t'")) {
      // SnakeYAML's "found character '\t(TAB)' that cannot start any token", in our words.
      return "YAML syntax: a tab character cannot indent YAML: indent with spaces";
    }
    if (problem.contains("mapping values are not allowed")) {
      hint = ": a value that contains ': ' must be quoted";
    } else if (problem.contains("could not find expected ':'")) {
      hint = ": every line of a mapping is 'key: value'";
    }
    return "YAML syntax: " + problem.strip() + hint;
  }

  private static String limitMessage(YAMLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("aliases")) {
      return "too many YAML aliases: aliases may not be used to expand the document";
    }
    if (message.contains("Nesting Depth")) {
      return "YAML nests deeper than " + MAX_DEPTH + " levels";
    }
    if (message.contains("code points")) {
      return "YAML document is too large";
    }
    return "YAML cannot be read: " + message;
  }

  private static Position position(String path, int firstLine, Mark mark, CodePoints text) {
    return new Position(path, firstLine + mark.getLine(), text.column(mark));
  }

  private static final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Position at;

    TooLargeException(String message, Position at) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  /** Turns the composed node graph into JSON, recording positions and reporting what it refuses. */
  private static final class Converter {
    private final String text;
    private final String path;
    private final int firstLine;
    private final SourceMap.Builder source;
    private final Diagnostics diagnostics;
    private int nodes;
    private final CodePoints codePoints;

    Converter(
        String text,
        String path,
        int firstLine,
        SourceMap.Builder source,
        Diagnostics diagnostics) {
      this.text = text;
      this.codePoints = new CodePoints(text);
      this.path = path;
      this.firstLine = firstLine;
      this.source = source;
      this.diagnostics = diagnostics;
    }

    JsonNode convert(Node node, String pointer, int depth) {
      Position at = position(path, firstLine, node.getStartMark(), codePoints);
      if (++nodes > MAX_NODES) {
        throw new TooLargeException(
            "YAML expands to more than " + MAX_NODES + " values (an alias bomb?)", at);
      }
      if (depth > MAX_DEPTH) {
        throw new TooLargeException(
            "YAML nests deeper than " + MAX_DEPTH + " levels (a recursive alias?)", at);
      }
      source.value(pointer, at);
      checkTag(node, at);
      if (node instanceof MappingNode mapping) {
        return mapping(mapping, pointer, depth);
      }
      if (node instanceof SequenceNode sequence) {
        ArrayNode array = JSON.arrayNode();
        for (Node item : sequence.getValue()) {
          array.add(convert(item, SourceMap.child(pointer, array.size()), depth + 1));
        }
        return array;
      }
      ScalarNode scalar = (ScalarNode) node;
      source.scalar(pointer, scalar.getValue());
      noteTrailingComment(pointer, scalar);
      return scalar(scalar);
    }

    /**
     * Records a comment after an unquoted scalar on its last line: {@code question: a #b} is read
     * as {@code a}. Quoted and block scalars end where the author closed them, so a comment after
     * them drops nothing.
     */
    private void noteTrailingComment(String pointer, ScalarNode scalar) {
      if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
        return;
      }
      Mark end = scalar.getEndMark();
      int from = codePoints.charIndex(end.getIndex());
      int hash = from;
      while (hash < text.length() && (text.charAt(hash) == ' ' || text.charAt(hash) == '\t')) {
        hash++;
      }
      if (hash == from || hash >= text.length() || text.charAt(hash) != '#') {
        return;
      }
      int lineEnd = hash;
      while (lineEnd < text.length() && !isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      Position at =
          new Position(path, firstLine + end.getLine(), codePoints.column(end) + (hash - from));
      source.trailingComment(
          pointer, new SourceMap.TrailingComment(at, text.substring(from, lineEnd)));
    }

    /** YAML 1.1's line breaks, as SnakeYAML counts lines. */
    private static boolean isLineBreak(char c) {
      return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private ObjectNode mapping(MappingNode mapping, String pointer, int depth) {
      ObjectNode object = JSON.objectNode();
      Map<String, Position> seen = new HashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        Position keyAt = position(path, firstLine, keyNode.getStartMark(), codePoints);
        if (!(keyNode instanceof ScalarNode scalarKey)) {
          diagnostics.report(
              Rule.YAML_SYNTAX, keyAt, "a key must be a plain word, not a list or mapping");
          continue;
        }
        checkTag(keyNode, keyAt);
        String key = scalarKey.getValue();
        Position first = seen.putIfAbsent(key, keyAt);
        if (first != null) {
          diagnostics.report(
              Rule.YAML_SYNTAX,
              keyAt,
              "duplicate key '"
                  + key
                  + "': it is already set at line "
                  + first.line()
                  + "; remove one of the two");
          continue;
        }
        String child = SourceMap.child(pointer, key);
        source.key(child, keyAt);
        object.set(key, convert(tuple.getValueNode(), child, depth + 1));
      }
      return object;
    }

    private void checkTag(Node node, Position at) {
      Tag tag = node.getTag();
      if (!PLAIN_TAGS.contains(tag)) {
        String name = tag.getValue().replace(Tag.PREFIX, "!!");
        diagnostics.report(
            Rule.YAML_SYNTAX,
            at,
            "YAML tag '" + name + "' is not allowed: bank files hold plain values only");
      }
    }

    private static JsonNode scalar(ScalarNode scalar) {
      String text = scalar.getValue();
      Tag tag = scalar.getTag();
      if (Tag.NULL.equals(tag)) {
        return JSON.nullNode();
      }
      if (Tag.BOOL.equals(tag)) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return JSON.booleanNode(lower.equals("true") || lower.equals("yes") || lower.equals("on"));
      }
      if (Tag.INT.equals(tag)) {
        return integer(text.replace("_", ""));
      }
      if (Tag.FLOAT.equals(tag)) {
        return decimal(text.replace("_", ""));
      }
      return JSON.textNode(text);
    }

    /*
     * No key of any bank file holds a number, so a number's value only ever meets the schema, which
     * rejects it by its type, and the message quotes the text the author wrote (from the source
     * map). A number the JSON tree cannot hold as written therefore stands in as a plain 0: the
     * schema validator must never see an infinity or NaN (networknt's enum check turns them into a
     * BigDecimal and throws), nor a number too long to parse in reasonable time.
     */

    /** Digits beyond any number an author means; parsing a million of them takes seconds. */
    private static final int MAX_DIGITS = 100;

    private static JsonNode integer(String text) {
      if (text.length() > MAX_DIGITS) {
        return JSON.numberNode(0);
      }
      try {
        return JSON.numberNode(new BigInteger(text));
      } catch (NumberFormatException e) {
        return JSON.numberNode(0); // 0x1F, 0b101, 1:30 ... still a number, as the author wrote
      }
    }

    private static JsonNode decimal(String text) {
      if (text.length() > MAX_DIGITS) {
        return JSON.numberNode(0.0);
      }
      try {
        double value = Double.parseDouble(text);
        // 1e99999 overflows to infinity; .inf and .nan do not parse at all.
        return JSON.numberNode(Double.isFinite(value) ? value : 0.0);
      } catch (NumberFormatException e) {
        return JSON.numberNode(0.0); // .inf, -.inf, .nan
      }
    }
  }
}
