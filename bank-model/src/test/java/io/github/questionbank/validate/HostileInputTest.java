package io.github.questionbank.validate;

import static io.github.questionbank.testing.BankFixture.WHAT;
import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.load.TextFileReader;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.testing.RealBank;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing an author can put in a bank may throw, hang or exhaust memory (the suite runs in a 256
 * MiB heap): every hostile input ends as diagnostics with a file, a 1-based position and a rule.
 * Big inputs are generated here rather than kept on disk.
 */
class HostileInputTest {

  /** Only a guard against hangs: each case takes well under a second or two. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  private static final String BILLION_LAUGHS =
      """
      a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
      b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
      c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
      d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
      e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
      f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
      g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
      h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
      i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
      """;

  private static final String UNSAFE_TAGS =
      "engine: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
          + " [[!!java.net.URL [\"http://localhost/\"]]]]\n"
          + "file: !!java.io.FileOutputStream [\"pwned\"]\n"
          + "local: !ruby/object:Gem::Installer {}\n";

  @TempDir Path project;

  /**
   * A hostile change to the minimal bank, the rule it must be reported under (none: it is valid),
   * and any links to make once the files are written.
   */
  private record Hostile(UnaryOperator<BankFixture> files, String rule, LinkSetup links) {}

  private interface LinkSetup {
    void create(Path bank) throws IOException;
  }

  static Stream<Arguments> hostileBanks() {
    Random random = new Random(42);
    byte[] binary = new byte[8192];
    random.nextBytes(binary);
    byte[] binaryWithoutNul = binary.clone();
    for (int i = 0; i < binaryWithoutNul.length; i++) {
      if (binaryWithoutNul[i] == 0) {
        binaryWithoutNul[i] = 1;
      }
    }
    StringBuilder keyFlood = new StringBuilder("---\n");
    for (int i = 0; keyFlood.length() < 1_000_000; i++) {
      keyFlood.append('k').append(i).append(": 1\n");
    }
    keyFlood.append("---\nA.\n");
    StringBuilder deepBlocks = new StringBuilder("---\nid: deep\nnested:\n");
    for (int i = 1; i <= 200; i++) {
      deepBlocks.append("  ".repeat(i)).append("a:\n");
    }
    deepBlocks.append("---\nA.\n");

    return Stream.of(
        hostile(
            "billion laughs in a question",
            b -> b.with(WHAT, frontMatter(BILLION_LAUGHS)),
            "yaml-syntax"),
        hostile(
            "billion laughs in bank.yaml", b -> b.with("bank.yaml", BILLION_LAUGHS), "yaml-syntax"),
        hostile(
            "10,000 [ in a question",
            b -> b.with(WHAT, frontMatter("x: " + "[".repeat(10_000))),
            "yaml-syntax"),
        hostile(
            "10,000 { in lessons.yaml",
            b -> b.with("lessons.yaml", "x: " + "{".repeat(10_000)),
            "yaml-syntax"),
        hostile(
            "200 nested block mappings", b -> b.with(WHAT, deepBlocks.toString()), "yaml-syntax"),
        hostile("recursive alias", b -> b.with(WHAT, frontMatter("a: &x [*x]\n")), "yaml-syntax"),
        hostile(
            "unsafe tags in a question",
            b -> b.with(WHAT, frontMatter(UNSAFE_TAGS)),
            "yaml-syntax"),
        hostile("unsafe tags in bank.yaml", b -> b.with("bank.yaml", UNSAFE_TAGS), "yaml-syntax"),
        hostile("1 MiB of keys", b -> b.with(WHAT, keyFlood.toString()), "yaml-syntax"),
        hostile(
            "NUL bytes in bank.yaml", b -> b.with("bank.yaml", "id: a\u0000\u0000b\n"), "encoding"),
        hostile(
            "Latin-1 lessons.yaml",
            b ->
                b.with(
                    "lessons.yaml",
                    "lessons:\n  - id: \"01\"\n    title: Caf\u00e9\n"
                        .getBytes(StandardCharsets.ISO_8859_1)),
            "encoding"),
        hostile(
            "2 MiB question",
            b -> b.with(WHAT, filled(2 * 1024 * 1024, (byte) 'a')),
            "file-too-large"),
        hostile(
            "2 MiB bank.yaml",
            b -> b.with("bank.yaml", filled(2 * 1024 * 1024, (byte) '#')),
            "file-too-large"),
        hostile(
            "200,000-character line in an answer",
            b -> b.with(WHAT, answer("a".repeat(200_000))),
            "markdown-too-complex"),
        hostile(
            "200,000 dashes in an answer",
            b -> b.with(WHAT, answer("-".repeat(200_000))),
            "markdown-too-complex"),
        hostile(
            "200,000-character question",
            b -> b.with(WHAT, question("what-is-it", "LOW", "[\"01\"]", "q".repeat(200_000), "A.")),
            "markdown-too-complex"),
        hostile(
            "30 KB of links in one paragraph",
            b -> b.with(WHAT, answer("[x](y) ".repeat(4_400))),
            "markdown-too-complex"),
        hostile(
            "30 KB of entities in one paragraph",
            b -> b.with(WHAT, answer("&amp;".repeat(6_000))),
            "markdown-too-complex"),
        hostile(
            "30 KB of code spans",
            b -> b.with(WHAT, answer("`a".repeat(15_000))),
            "markdown-too-complex"),
        hostile(
            "10,000 inline tags",
            b -> b.with(WHAT, answer("<b>".repeat(10_000))),
            "markdown-too-complex"),
        hostile(
            "1,000 inline tags, one per paragraph",
            b -> b.with(WHAT, answer("<b>\n\n".repeat(1_000))),
            "raw-html"),
        hostile(
            "60 KB of links in short paragraphs",
            b -> b.with(WHAT, answer(("[x](y) ".repeat(100) + "\n\n").repeat(85))),
            null),
        hostile(
            "63 KB of links in paragraphs just under the inline budget",
            b -> b.with(WHAT, answer(("[x](y) ".repeat(700) + "\n\n").repeat(13))),
            null),
        hostile(
            "60 KB table",
            b -> b.with(WHAT, answer("|a|b|\n|-|-|\n" + "|x|y|\n".repeat(10_000))),
            null),
        hostile(
            "64 KB of entities in paragraphs at the inline budget",
            b ->
                b.with(
                    WHAT,
                    answer(("&amp;".repeat(350) + " " + "a".repeat(5_000) + "\n\n").repeat(9))),
            null),
        hostile(
            "10,000 nested quotes",
            b -> b.with(WHAT, answer(">".repeat(10_000) + " x")),
            "markdown-too-complex"),
        hostile(
            "10,000 nested list markers",
            b -> b.with(WHAT, answer("- ".repeat(10_000) + "x")),
            "markdown-too-complex"),
        hostile("random bytes named .md", b -> b.with(WHAT, binary), "encoding"),
        hostile(
            "random bytes without NUL named .md", b -> b.with(WHAT, binaryWithoutNul), "encoding"),
        hostile(
            "300,000-character lesson ids",
            b ->
                b.with(
                        "lessons.yaml",
                        "lessons:\n  - id: " + "a".repeat(300_000) + "\n    title: T\n")
                    .with(
                        WHAT,
                        question(
                            "what-is-it", "LOW", "[" + "b".repeat(300_000) + "]", "What?", "A.")),
            "schema"),
        hostile(
            "sections as a mapping",
            b -> b.with("bank.yaml", "id: b\ntitle: B\nsections:\n  basics: Basics\n"),
            "schema"),
        hostile(
            "lessons as a mapping",
            b -> b.with("lessons.yaml", "lessons:\n  \"01\": First\n  \"02\": Second\n"),
            "schema"),
        hostile("empty question file", b -> b.with(WHAT, ""), "front-matter"),
        hostile("front matter only", b -> b.with(WHAT, "---\n---\n"), "schema"),
        hostile("empty bank.yaml", b -> b.with("bank.yaml", ""), "schema"),
        hostile("lone opening line", b -> b.with(WHAT, "---"), "front-matter"),
        hostile(
            "folder named 010-x.md in a section",
            b -> b.with("questions/basics/010-x.md/a.md", "x"),
            "stray-file"),
        hostile(
            "folder named 010-x.md in questions",
            b -> b.with("questions/010-x.md/a.md", "x"),
            "unknown-section"),
        Arguments.of(
            Named.of(
                "symbolic link loops",
                new Hostile(
                    b -> b,
                    "symlink",
                    bank -> {
                      Path basics = bank.resolve("questions/basics");
                      Files.createSymbolicLink(
                          basics.resolve("030-loop.md"), Path.of("030-loop.md"));
                      Files.createSymbolicLink(basics.resolve("loop"), Path.of("."));
                      Files.createSymbolicLink(bank.resolve("questions/again"), Path.of("."));
                      Files.createSymbolicLink(bank.resolve("questions/bank.md"), Path.of("../.."));
                    }))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileBanks")
  void hostileBankEndsInDiagnostics(Hostile hostile) throws Exception {
    BankFixture bank = hostile.files().apply(BankFixture.minimal(project));
    bank.write();
    if (hostile.links() != null) {
      hostile.links().create(bank.bankDirectory());
    }

    ValidationResult result = validateGuarded(bank);

    assertWellFormed(result);
    if (hostile.rule() != null) {
      assertThat(result.diagnostics()).extracting(d -> d.rule().id()).contains(hostile.rule());
    } else {
      assertThat(result.diagnostics()).isEmpty(); // heavy but within every limit
    }
  }

  @ParameterizedTest(name = "cut at {0}% of each file")
  @ValueSource(ints = {0, 1, 5, 20, 50, 80, 99})
  void truncatedCopiesOfEveryRealQuestionFile(int percent) throws Exception {
    Path bank = RealBank.copyInto(project);
    for (Path file : RealBank.questionFiles(bank)) {
      byte[] bytes = Files.readAllBytes(file);
      Files.write(file, Arrays.copyOf(bytes, bytes.length * percent / 100));
    }

    ValidationResult result = validateGuarded(BankFixture.empty(project));

    assertWellFormed(result);
    if (percent <= 5) {
      assertThat(result.hasErrors()).isTrue(); // every front matter is cut open
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4})
  void byteFlippedCopiesOfEveryRealQuestionFile(long seed) throws Exception {
    Path bank = RealBank.copyInto(project);
    Random random = new Random(seed);
    for (Path file : RealBank.questionFiles(bank)) {
      byte[] bytes = Files.readAllBytes(file);
      for (int flips = 0; flips < 8; flips++) {
        int at = random.nextInt(bytes.length);
        bytes[at] = (byte) (bytes[at] ^ (1 + random.nextInt(255)));
      }
      Files.write(file, bytes);
    }

    assertWellFormed(validateGuarded(BankFixture.empty(project)));
  }

  /**
   * One bank full of hostile files, side by side with good ones: each hostile file is named in a
   * diagnostic of the same run, and none stops the others from being checked.
   */
  @Test
  void everyHostileFileOfOneBankIsNamedInTheSameRun() throws Exception {
    BankFixture bank = BankFixture.minimal(project);
    Map<String, Object> hostile = new LinkedHashMap<>();
    String folder = "questions/basics/";
    hostile.put(folder + "101-alias-bomb.md", frontMatter(BILLION_LAUGHS));
    hostile.put(folder + "102-unsafe-tags.md", frontMatter(UNSAFE_TAGS));
    hostile.put(folder + "103-nul.md", "---\nid: a\u0000b\n---\nA.\n");
    hostile.put(
        folder + "104-latin-1.md",
        question("latin", "LOW", "[\"01\"]", "Caf\u00e9?", "A.")
            .getBytes(StandardCharsets.ISO_8859_1));
    hostile.put(folder + "105-huge.md", filled(2 * 1024 * 1024, (byte) 'a'));
    hostile.put(
        folder + "106-long-line.md",
        question("long-line", "LOW", "[\"01\"]", "Long?", "a".repeat(200_000)));
    Random random = new Random(7);
    byte[] binary = new byte[4096];
    random.nextBytes(binary);
    hostile.put(folder + "107-binary.md", binary);
    int n = 110;
    for (String number : List.of("1e99999", ".inf", "-.inf", ".nan")) {
      hostile.put(
          folder + (n++) + "-number.md",
          question("number-" + n, number, "[\"01\"]", "A number " + n + "?", "A."));
    }
    hostile.put(
        folder + "120-comment.md",
        question("comment", "LOW", "[\"01\"]", "Rows deadlock #locking, why?", "A."));
    for (Path real : RealBank.questionFiles(RealBank.DIRECTORY)) {
      byte[] bytes = Files.readAllBytes(real);
      String name = real.getFileName().toString();
      // Cut inside the front matter, and a byte turned into a lone UTF-8 continuation byte.
      hostile.put(folder + "2-cut-" + name, Arrays.copyOf(bytes, 30));
      byte[] flipped = bytes.clone();
      int at = random.nextInt(flipped.length);
      flipped[at] = (byte) ((flipped[at] & 0x3F) | 0x80);
      hostile.put(folder + "3-flipped-" + name, flipped);
    }
    hostile.forEach(bank::with);
    bank.write();
    Files.createSymbolicLink(
        bank.bankDirectory().resolve(folder + "108-loop.md"), Path.of("108-loop.md"));
    hostile.put(folder + "108-loop.md", "");

    ValidationResult result = validateGuarded(bank);

    assertWellFormed(result);
    Set<String> named =
        result.diagnostics().stream().map(Diagnostic::path).collect(Collectors.toSet());
    assertThat(hostile.keySet())
        .allSatisfy(file -> assertThat(named).contains(BankFixture.BANK + file));
    // Every file but the looping link (never followed) was read: bank.yaml, lessons.yaml, the
    // three good questions and the hostile ones.
    assertThat(result.filesChecked()).isEqualTo(2 + 3 + hostile.size() - 1);
  }

  private ValidationResult validateGuarded(BankFixture bank) {
    return assertTimeoutPreemptively(
        HANG_GUARD, () -> bank.validateAsWritten(Optional.of(project.resolve("target/bank"))));
  }

  /** Every diagnostic names a bank file, a place inside it and a rule; the report is written. */
  private void assertWellFormed(ValidationResult result) throws IOException {
    for (Diagnostic diagnostic : result.diagnostics()) {
      assertThat(diagnostic.path()).startsWith(BankFixture.BANK);
      assertThat(diagnostic.line()).isPositive();
      assertThat(diagnostic.column()).isPositive();
      assertThat(diagnostic.rule()).isNotNull();
      assertThat(diagnostic.message()).isNotBlank();
      // A hostile input is the author's problem, with a rule of its own: never a failure of ours.
      assertThat(diagnostic.rule()).as(diagnostic.format()).isNotEqualTo(Rule.INTERNAL_ERROR);
      Path file = project.resolve(diagnostic.path());
      if (Files.isRegularFile(file) && Files.size(file) <= TextFileReader.MAX_BYTES) {
        assertThat(diagnostic.line()).as(diagnostic.format()).isLessThanOrEqualTo(lineCount(file));
      }
    }
    assertThat(result.report()).isPresent();
    assertThat(Files.size(result.report().get())).isPositive();
  }

  private static int lineCount(Path file) throws IOException {
    int lines = 1;
    for (byte b : Files.readAllBytes(file)) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static Arguments hostile(String name, UnaryOperator<BankFixture> files, String rule) {
    return Arguments.of(Named.of(name, new Hostile(files, rule, null)));
  }

  private static String frontMatter(String yaml) {
    return "---\n" + yaml + (yaml.endsWith("\n") ? "" : "\n") + "---\nAn answer.\n";
  }

  private static String answer(String markdown) {
    return question("what-is-it", "LOW", "[\"01\"]", "What is it?", markdown);
  }

  private static byte[] filled(int size, byte value) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, value);
    return bytes;
  }
}
