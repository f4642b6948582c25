import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a synthetic, valid question bank of N questions and an author project that builds it.
 *
 * <p>Usage (Java 17 single-file launch, no dependencies): {@code java benchmarks/GenerateBank.java
 * <questions> <outputProjectDir>}
 *
 * <p>Output: {@code <dir>/pom.xml} (goals validate and export, failOnWarning) and {@code
 * <dir>/src/bank/} with {@code bank.yaml} (six sections), {@code lessons.yaml} (lessons "01".."10")
 * and {@code questions/<section>/NNNNNN-<id>.md}. Every question has a unique kebab-case id and a
 * unique question text, difficulties run LOW -> MEDIUM -> HIGH inside each section, every lesson is
 * used, and each answer has 90-160 words with emphasis, inline code and a bullet or numbered list;
 * every fourth answer also ends with a fenced code block (Java, JSON, SQL, Bash, YAML or HTTP).
 * The bank validates with no diagnostic at all. Everything comes from one seeded {@link Random}, so
 * the same N always gives the same bytes. An existing {@code <dir>/src/bank} is replaced.
 */
public final class GenerateBank {

  private static final long SEED = 20260101L;
  private static final int LESSONS = 10;
  private static final int MIN_WORDS = 90;
  private static final int MAX_WORDS = 160;

  private static final String[][] SECTIONS = {
    {"fundamentals", "Fundamentals"},
    {"http-semantics", "HTTP Semantics"},
    {"api-design", "API Design"},
    {"security", "Security"},
    {"performance", "Performance and Caching"},
    {"operations", "Operations and Versioning"},
  };

  private static final String[] LESSON_TITLES = {
    "What an API is",
    "HTTP methods and status codes",
    "Resource modelling",
    "Errors and validation",
    "Pagination and filtering",
    "Caching",
    "Authentication and authorization",
    "Rate limiting",
    "Versioning and evolution",
    "Observability",
  };

  private static final String[] TAGS = {
    "http", "rest", "caching", "auth", "oauth", "pagination", "errors", "versioning",
    "rate-limiting", "idempotency", "observability", "json", "webhooks", "grpc", "graphql",
    "security", "performance", "design", "testing", "documentation",
  };

  private static final String[] VERBS = {
    "design", "secure", "version", "cache", "paginate", "document", "test", "monitor", "throttle",
    "validate", "migrate", "deprecate", "retry", "batch", "observe", "scale",
  };

  private static final String[] NOUNS = {
    "endpoint", "resource", "token", "request", "response", "payload", "header", "client",
    "gateway", "schema", "contract", "cursor", "webhook", "session", "queue", "replica",
    "timeout", "quota", "catalog", "invoice", "order", "account", "report", "upload",
  };

  private static final String[] ADJECTIVES = {
    "public", "internal", "legacy", "mobile", "partner", "bulk", "read-heavy", "write-heavy",
    "multi-tenant", "regional", "mission-critical", "experimental",
  };

  private static final String[] CONTEXTS = {
    "traffic doubles overnight",
    "two teams own the same data",
    "clients cannot be upgraded quickly",
    "the database is the bottleneck",
    "a partner reports duplicate charges",
    "latency matters more than freshness",
    "an audit requires every change to be traced",
    "requests arrive through an unreliable network",
  };

  /** Plain prose words: ASCII only, no Markdown or HTML meaning. */
  private static final String[] WORDS = {
    "the", "a", "server", "client", "request", "response", "should", "must", "can", "never",
    "always", "because", "when", "then", "every", "each", "retry", "cache", "header", "status",
    "body", "field", "version", "contract", "consumer", "producer", "latency", "failure",
    "network", "timeout", "budget", "limit", "error", "message", "resource", "state",
    "idempotent", "safe", "stable", "explicit", "clear", "predictable", "documented", "tested",
    "measured", "logged", "traced", "returns", "stores", "checks", "rejects", "accepts",
    "validates", "keeps", "sends", "reads", "writes", "changes", "avoids", "prefers", "with",
    "without", "before", "after", "across", "through", "under", "load", "data", "policy",
    "token", "key", "identifier", "order", "page", "cursor", "window", "quota", "team",
    "service", "gateway", "schema", "payload", "event", "queue", "replica", "region", "and",
    "or", "but", "so", "that", "this", "it", "its", "only", "also", "still", "usually",
  };

  /** Inline code spans: identifiers, headers, status codes. */
  private static final String[] CODE = {
    "GET", "PUT", "POST", "PATCH", "DELETE", "HEAD", "OPTIONS", "200 OK", "201 Created",
    "204 No Content", "304 Not Modified", "400 Bad Request", "401 Unauthorized", "404 Not Found",
    "409 Conflict", "412 Precondition Failed", "429 Too Many Requests", "503 Service Unavailable",
    "ETag", "If-Match", "If-None-Match", "Cache-Control", "Retry-After", "Idempotency-Key",
    "Authorization", "Content-Type", "Location", "next_cursor", "max-age=60", "limit=50",
    "/v2/orders", "/users/{id}", "application/json", "Vary: Accept",
  };

  private static final String[] EMPHASIS = {
    "idempotent", "backward compatible", "rate limited", "cacheable", "stateless", "atomic",
    "least privilege", "defence in depth", "eventually consistent", "fail fast",
    "observable", "versioned", "strongly typed", "paginated", "auditable", "explicit",
  };

  private final Random random = new Random(SEED);

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java benchmarks/GenerateBank.java <questions> <outputProjectDir>");
      System.exit(2);
    }
    int questions;
    try {
      questions = Integer.parseInt(args[0]);
    } catch (NumberFormatException e) {
      questions = -1;
    }
    if (questions < LESSONS) {
      // Fewer than ten questions would leave a lesson unused (a warning).
      System.err.println("questions must be a whole number >= " + LESSONS + ": " + args[0]);
      System.exit(2);
    }
    Path project = Path.of(args[1]).toAbsolutePath().normalize();
    long start = System.nanoTime();
    new GenerateBank().write(questions, project);
    System.out.printf(
        Locale.ROOT,
        "Generated %d questions in %s (%d ms)%n",
        questions,
        project,
        (System.nanoTime() - start) / 1_000_000);
  }

  private void write(int questions, Path project) throws IOException {
    Path bank = project.resolve("src/bank");
    deleteRecursively(bank);
    Files.createDirectories(bank);
    write(project.resolve("pom.xml"), pom(questions));
    write(bank.resolve("bank.yaml"), bankYaml(questions));
    write(bank.resolve("lessons.yaml"), lessonsYaml());

    int index = 0; // across the whole bank: makes ids and question texts unique
    for (int s = 0; s < SECTIONS.length; s++) {
      // Spread N over the six sections; the first N % 6 sections get one more.
      int count = questions / SECTIONS.length + (s < questions % SECTIONS.length ? 1 : 0);
      Path folder = bank.resolve("questions").resolve(SECTIONS[s][0]);
      Files.createDirectories(folder);
      for (int i = 0; i < count; i++) {
        // Thirds of the section: LOW, then MEDIUM, then HIGH (never easier than the one before).
        String difficulty = i * 3 < count ? "LOW" : i * 3 < 2 * count ? "MEDIUM" : "HIGH";
        String id = String.format(Locale.ROOT, "%s-%s-%06d", pick(VERBS), pick(NOUNS), index + 1);
        String file = String.format(Locale.ROOT, "%06d-%s.md", i + 1, id);
        write(folder.resolve(file), question(index, id, difficulty, SECTIONS[s][0]));
        index++;
      }
    }
  }

  private String question(int index, String id, String difficulty, String section) {
    // The first lesson cycles 01..10 so that every lesson is used; some questions add a second.
    TreeSet<String> lessons = new TreeSet<>();
    lessons.add(lessonId(index % LESSONS + 1));
    if (random.nextInt(3) == 0) {
      lessons.add(lessonId(random.nextInt(LESSONS) + 1));
    }
    TreeSet<String> tags = new TreeSet<>();
    tags.add(TAGS[index % TAGS.length]);
    int more = random.nextInt(3);
    for (int t = 0; t < more; t++) {
      tags.add(pick(TAGS));
    }
    // The case number keeps every question text unique, whatever the random words.
    String text =
        String.format(
            Locale.ROOT,
            "Case %d: how would you %s the %s of a %s %s when %s?",
            index + 1,
            pick(VERBS),
            pick(NOUNS),
            pick(ADJECTIVES),
            pick(NOUNS),
            pick(CONTEXTS));
    StringBuilder out = new StringBuilder(1200);
    out.append("---\n");
    out.append("id: ").append(id).append('\n');
    out.append("difficulty: ").append(difficulty).append('\n');
    out.append("lessons: ").append(quotedList(lessons)).append('\n');
    out.append("tags: [").append(String.join(", ", tags)).append("]\n");
    out.append("question: \"").append(text).append("\"\n");
    out.append("---\n");
    out.append(answer());
    return out.toString();
  }

  /**
   * A model answer of 90-160 words: a paragraph with emphasis and inline code, a bullet or
   * numbered list, and a closing paragraph. List markers are not counted as words.
   */
  private String answer() {
    int words = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
    int items = 3 + random.nextInt(3);
    int[] itemWords = new int[items];
    int listWords = 0;
    for (int i = 0; i < items; i++) {
      itemWords[i] = 5 + random.nextInt(5);
      listWords += itemWords[i];
    }
    int first = (words - listWords) / 2 + random.nextInt(6);
    int last = words - listWords - first;

    StringBuilder out = new StringBuilder(1100);
    out.append(prose(first, true)).append("\n\n");
    boolean numbered = random.nextBoolean();
    for (int i = 0; i < items; i++) {
      out.append(numbered ? (i + 1) + ". " : "- ");
      out.append(sentence(itemWords[i], i == 0)).append('\n');
    }
    out.append('\n').append(prose(last, false)).append('\n');
    if (answers++ % CODE_EVERY == 0) {
      out.append('\n').append(CODE_BLOCKS[codeRandom.nextInt(CODE_BLOCKS.length)]);
    }
    return out.toString();
  }

  /**
   * Every fourth answer ends with a fenced code block in a language the outputs colour (issue 13:
   * the cost of highlighting must show in the figures). The blocks come from their own seeded
   * generator, so the prose is the same as before they were added.
   */
  private static final int CODE_EVERY = 4;

  private final Random codeRandom = new Random(SEED + 1);
  private int answers;

  private static final String[] CODE_BLOCKS = {
    """
    ```java
    // Retries a request at most three times, backing off between tries.
    public Response send(Request request) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Response response = client.execute(request.withHeader("Idempotency-Key", key));
            if (response.status() < 500 || attempt == 3) return response;
            Thread.sleep(200L * attempt);
        }
    }
    ```
    """,
    """
    ```json
    {
      "id": "ord_1042",
      "status": "shipped",
      "total": 129.5,
      "items": [{"sku": "A-17", "quantity": 2}],
      "next_cursor": null
    }
    ```
    """,
    """
    ```sql
    -- Claim the next job without blocking other workers.
    SELECT id, payload FROM jobs
    WHERE status = 'queued'
    ORDER BY created_at
    LIMIT 1 FOR UPDATE SKIP LOCKED;
    ```
    """,
    """
    ```bash
    # Ask for the resource only if it changed.
    curl -s -H 'If-None-Match: "v42"' https://api.example.com/v2/orders/42 \\
      -o order.json -w '%{http_code}'
    ```
    """,
    """
    ```yaml
    rate-limits:
      default: 100   # requests per minute
      partners:
        - name: acme
          limit: 1000
    ```
    """,
    """
    ```http
    HTTP/1.1 429 Too Many Requests
    Retry-After: 30
    Content-Type: application/json

    {"error": "rate_limited", "retry_after": 30}
    ```
    """
  };

  /** {@code words} words in sentences of 6-14 words; the lead paragraph carries the markup. */
  private String prose(int words, boolean markup) {
    if (!markup) {
      return sentences(plain(words));
    }
    // One emphasised phrase and one code span, each counted as the words it holds.
    String emphasis = pick(EMPHASIS);
    String code = pick(CODE);
    List<String> tokens = plain(words - wordCount(emphasis) - wordCount(code));
    tokens.add(1 + random.nextInt(tokens.size() / 2), "**" + emphasis + "**");
    tokens.add(tokens.size() / 2 + 2 + random.nextInt(tokens.size() / 4), "`" + code + "`");
    return sentences(tokens);
  }

  /** One sentence of {@code words} words, the first of a list also with a code span. */
  private String sentence(int words, boolean withCode) {
    if (!withCode) {
      return capitalize(String.join(" ", plain(words))) + ".";
    }
    String code = pick(CODE);
    List<String> tokens = plain(words - wordCount(code));
    tokens.add(1 + random.nextInt(tokens.size()), "`" + code + "`");
    return capitalize(String.join(" ", tokens)) + ".";
  }

  private List<String> plain(int words) {
    List<String> tokens = new ArrayList<>(words + 2);
    for (int i = 0; i < words; i++) {
      tokens.add(pick(WORDS));
    }
    return tokens;
  }

  private static int wordCount(String text) {
    return text.split(" ").length;
  }

  private String sentences(List<String> tokens) {
    StringBuilder out = new StringBuilder();
    int left = tokens.size();
    int pos = 0;
    while (left > 0) {
      int length = 6 + random.nextInt(9);
      if (left - length < 6) {
        length = left; // no sentence shorter than six words at the end
      }
      String text = String.join(" ", tokens.subList(pos, pos + length));
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(capitalize(text)).append('.');
      pos += length;
      left -= length;
    }
    return out.toString();
  }

  private static String capitalize(String text) {
    char c = text.charAt(0);
    return Character.isLowerCase(c) ? Character.toUpperCase(c) + text.substring(1) : text;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String lessonId(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }

  private static String quotedList(Iterable<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (String value : values) {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append('"').append(value).append('"');
    }
    return out.append(']').toString();
  }

  private static String bankYaml(int questions) {
    StringBuilder out = new StringBuilder();
    out.append("id: synthetic-bank\n");
    out.append("title: Synthetic Question Bank\n");
    out.append("subtitle: ").append(questions).append(" generated questions for benchmarks\n");
    out.append("description: A generated bank that measures the plugin; its text is filler.\n");
    out.append("instructions: |\n");
    out.append("  Work section by section. Each section runs from LOW to HIGH difficulty.\n");
    out.append("prerequisites: [\"01\"]\n");
    out.append("sections:\n");
    for (String[] section : SECTIONS) {
      out.append("  - id: ").append(section[0]).append('\n');
      out.append("    title: ").append(section[1]).append('\n');
    }
    return out.toString();
  }

  private static String lessonsYaml() {
    StringBuilder out = new StringBuilder("lessons:\n");
    for (int i = 0; i < LESSONS; i++) {
      out.append("  - id: \"").append(lessonId(i + 1)).append("\"\n");
      out.append("    title: ").append(LESSON_TITLES[i]).append('\n');
    }
    return out.toString();
  }

  private static String pom(int questions) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Generated by benchmarks/GenerateBank.java: a synthetic bank of %d questions. -->
        <project xmlns="http://maven.apache.org/POM/4.0.0"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>

          <groupId>org.example.banks</groupId>
          <artifactId>synthetic-bank-%d</artifactId>
          <version>1.0.0</version>
          <packaging>pom</packaging>

          <properties>
            <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
          </properties>

          <build>
            <plugins>
              <plugin>
                <groupId>io.github.questionbank</groupId>
                <artifactId>bank-maven-plugin</artifactId>
                <version>0.1.0-SNAPSHOT</version>
                <configuration>
                  <!-- The generated bank has no diagnostic at all: any warning is a bug. -->
                  <failOnWarning>true</failOnWarning>
                </configuration>
                <executions>
                  <execution>
                    <goals>
                      <goal>validate</goal>
                      <goal>export</goal>
                    </goals>
                  </execution>
                </executions>
              </plugin>
            </plugins>
          </build>
        </project>
        """
        .formatted(questions, questions);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
