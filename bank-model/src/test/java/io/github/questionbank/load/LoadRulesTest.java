package io.github.questionbank.load;

import static io.github.questionbank.testing.BankFixture.BANK;
import static io.github.questionbank.testing.BankFixture.WHAT;
import static io.github.questionbank.testing.BankFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.questionbank.testing.BankFixture;
import io.github.questionbank.validate.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.script.ScriptEngineManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Constructor;

/**
 * The rules of loading: encoding, file-too-large, missing-file, symlink, stray-file, front-matter
 * and yaml-syntax, each at its exact line and column.
 */
class LoadRulesTest {

  private static final String WHAT_PATH = BANK + WHAT;

  /** Set if {@link Canary} is ever initialized or instantiated. */
  static final AtomicBoolean CANARY_TOUCHED = new AtomicBoolean();

  @TempDir Path project;

  private BankFixture bank() {
    return BankFixture.minimal(project);
  }

  @Test
  void latin1ByteIsReportedAtItsLineAndColumn() throws Exception {
    byte[] latin1 =
        question("what-is-it", "LOW", "[\"01\"]", "What is it?", "It is a caf\u00e9.")
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(bank().with(WHAT, latin1).lines())
        .containsExactly(
            WHAT_PATH
                + ":7:12: error: byte 0xE9 is not valid UTF-8: save the file as UTF-8 (it"
                + " looks like Latin-1 or another encoding, or a binary file) [encoding]");
  }

  @Test
  void encodingColumnCountsCharactersNotBytes() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(
        question("what-is-it", "LOW", "[\"01\"]", "What is it?", "")
            .getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("Z\u00fcrich caf".getBytes(StandardCharsets.UTF_8)); // 10 characters, 11 bytes
    bytes.write(0xE9);
    bytes.writeBytes(".\n".getBytes(StandardCharsets.UTF_8));

    assertThat(bank().with(WHAT, bytes.toByteArray()).lines())
        .singleElement()
        .asString()
        .startsWith(WHAT_PATH + ":8:11: error: byte 0xE9 is not valid UTF-8");
  }

  @Test
  void nulByteIsReportedAtItsLineAndColumn() throws Exception {
    assertThat(
            bank()
                .with(WHAT, question("what-is-it", "LOW", "[\"01\"]", "What?", "Binary\u0000data"))
                .lines())
        .containsExactly(
            WHAT_PATH + ":7:7: error: NUL byte: this is a binary file, not UTF-8 text [encoding]");
  }

  @Test
  void fileOverOneMebibyteIsRefusedAndOneMebibyteIsNot() throws Exception {
    String header = question("what-is-it", "LOW", "[\"01\"]", "What is it?", "");
    byte[] tooLarge = paddedTo(header, 3 * 512 * 1024);
    assertThat(bank().with(WHAT, tooLarge).lines())
        .containsExactly(
            WHAT_PATH
                + ":1:1: error: file is 1.50 MiB; a bank file may not exceed 1 MiB: split it"
                + " or shorten the answer [file-too-large]");

    byte[] justRight = paddedTo(header, 1024 * 1024);
    assertThat(bank().with(WHAT, justRight).lines())
        .noneMatch(line -> line.endsWith("[file-too-large]"))
        .isNotEmpty(); // the answer itself is over the Markdown limit, said in another rule
  }

  @Test
  void missingBankFileLessonsFileAndQuestionsFolder() throws Exception {
    assertThat(bank().without("bank.yaml").lines())
        .containsExactly(
            BANK
                + "bank.yaml:1:1: error: bank.yaml not found: every bank has bank.yaml with its"
                + " id, title and sections [missing-file]");
    assertThat(bank().without("lessons.yaml").lines())
        .containsExactly(
            BANK
                + "lessons.yaml:1:1: error: lessons.yaml not found: every bank has lessons.yaml"
                + " with the lesson catalog that questions point to [missing-file]");
    BankFixture noQuestions =
        BankFixture.empty(project)
            .with("bank.yaml", BankFixture.BANK_YAML)
            .with("lessons.yaml", BankFixture.LESSONS_YAML);
    // Without questions every section is empty and every lesson unused: those warnings follow.
    assertThat(noQuestions.lines())
        .filteredOn(line -> line.contains(": error: "))
        .containsExactly(
            BANK
                + "questions:1:1: error: questions/ folder not found: put each section's question"
                + " files in questions/<section-id>/ [missing-file]");
  }

  @Test
  void folderNamedBankYamlIsAMissingFileNotAnIoError() throws Exception {
    assertThat(bank().without("bank.yaml").with("bank.yaml/notes.txt", "x").lines())
        .containsExactly(
            BANK
                + "bank.yaml:1:1: error: bank.yaml is a folder, not a file: replace it with the"
                + " YAML file [missing-file]");
  }

  @Test
  void symbolicLinkOutOfTheBankIsNotFollowed() throws Exception {
    BankFixture bank = bank();
    bank.write();
    Path outside = Files.writeString(project.resolve("secret.md"), "---\nsecret: yes\n---\n");
    Files.createSymbolicLink(bank.bankDirectory().resolve("questions/basics/030-link.md"), outside);
    Path outsideFolder = Files.createDirectories(project.resolve("elsewhere"));
    Files.createSymbolicLink(bank.bankDirectory().resolve("questions/elsewhere"), outsideFolder);

    assertThat(BankFixture.lines(bank.validateAsWritten(Optional.empty())))
        .containsExactly(
            BANK
                + "questions/basics/030-link.md:1:1: error: symbolic link points outside the bank"
                + " directory; not followed [symlink]",
            BANK
                + "questions/elsewhere:1:1: error: symbolic link points outside the bank"
                + " directory; not followed [symlink]");
  }

  @Test
  void symbolicLinkLoopsAreReportedNotFollowed() throws Exception {
    BankFixture bank = bank();
    bank.write();
    Path basics = bank.bankDirectory().resolve("questions/basics");
    Files.createSymbolicLink(basics.resolve("030-self.md"), Path.of("030-self.md"));
    Files.createSymbolicLink(basics.resolve("040-a.md"), Path.of("050-b.md"));
    Files.createSymbolicLink(basics.resolve("050-b.md"), Path.of("040-a.md"));

    String loop =
        ":1:1: error: symbolic link cannot be resolved (it dangles or loops); not followed"
            + " [symlink]";
    assertThat(BankFixture.lines(bank.validateAsWritten(Optional.empty())))
        .containsExactly(
            BANK + "questions/basics/030-self.md" + loop,
            BANK + "questions/basics/040-a.md" + loop,
            BANK + "questions/basics/050-b.md" + loop);
  }

  @Test
  void symbolicLinkInsideTheBankIsFollowed() throws Exception {
    BankFixture bank =
        bank()
            .with(
                "shared/030-shared.md",
                question("shared-one", "HIGH", "[\"02\"]", "Is it shared?", "Yes."));
    bank.write();
    Files.createSymbolicLink(
        bank.bankDirectory().resolve("questions/basics/030-shared.md"),
        Path.of("../../shared/030-shared.md"));

    ValidationResult result = bank.validateAsWritten(Optional.empty());

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.bank().orElseThrow().section("basics").orElseThrow().questions())
        .extracting(q -> q.id())
        .containsExactly("what-is-it", "why-use-it", "shared-one");
  }

  @Test
  void strayQuestionFileAndFolderNamedLikeAQuestion() throws Exception {
    assertThat(
            bank()
                .with("questions/010-loose.md", "---\nid: loose\n---\n")
                .with("questions/basics/030-folder.md/inside.md", "x")
                .lines())
        .containsExactly(
            BANK
                + "questions/010-loose.md:1:1: warning: question file outside a section folder is"
                + " ignored: move it into questions/<section-id>/ [stray-file]",
            BANK
                + "questions/basics/030-folder.md:1:1: warning: a folder named like a question"
                + " file is ignored: rename it or move its files [stray-file]");
  }

  @Test
  void aMarkdownFileWithAnotherExtensionIsAStrayFileNamingItsName() throws Exception {
    assertThat(
            bank()
                .with("questions/basics/040-notes.markdown", "---\nid: notes\n---\n")
                .with("questions/basics/050-upper.MD", "---\nid: upper\n---\n")
                .with("questions/basics/diagram.png", "not a question")
                .lines())
        .containsExactly(
            BANK
                + "questions/basics/040-notes.markdown:1:1: warning: a Markdown file that does not"
                + " end in .md is not read as a question: rename it to 040-notes.md [stray-file]",
            BANK
                + "questions/basics/050-upper.MD:1:1: warning: a Markdown file that does not end"
                + " in .md is not read as a question: rename it to 050-upper.md [stray-file]");
  }

  @Test
  void missingAndUnterminatedFrontMatter() throws Exception {
    assertThat(bank().with(WHAT, "id: what-is-it\nThe answer.\n").lines())
        .containsExactly(
            WHAT_PATH
                + ":1:1: error: no front matter: a question file starts with a line '---',"
                + " then id, difficulty, lessons and question, then a line '---' and the answer"
                + " [front-matter]");
    assertThat(bank().with(WHAT, "---\nid: what-is-it\ndifficulty: LOW\n\nThe answer.\n").lines())
        .containsExactly(
            WHAT_PATH
                + ":1:1: error: front matter opened at line 1 is never closed: add a line"
                + " '---' after the last key [front-matter]");
  }

  @Test
  void aTabThatIndentsYamlIsSaidInOurWords() throws Exception {
    assertThat(
            bank()
                .with(
                    WHAT,
                    "---\nid: what-is-it\ndifficulty: LOW\nlessons:\n\t- \"01\"\nquestion: What?\n---\nA.\n")
                .lines())
        .singleElement()
        .asString()
        .startsWith(WHAT_PATH + ":5:")
        .endsWith(
            ": error: YAML syntax: a tab character cannot indent YAML: indent with spaces"
                + " [yaml-syntax]");
  }

  @Test
  void yamlSyntaxErrorIsReportedWhereTheParserStopped() throws Exception {
    assertThat(
            bank()
                .with(WHAT, question("what-is-it", "LOW", "[\"01\"]", "What: is it?", "An answer."))
                .lines())
        .containsExactly(
            WHAT_PATH
                + ":5:15: error: YAML syntax: mapping values are not allowed here: a value"
                + " that contains ': ' must be quoted [yaml-syntax]");
    assertThat(
            bank()
                .with(WHAT, "---\nid: what-is-it\ndifficulty: LOW\nlessons: [\"01\"\n---\nA.\n")
                .lines())
        .singleElement()
        .asString()
        .startsWith(WHAT_PATH + ":5:1: error: YAML syntax: ")
        .endsWith(" [yaml-syntax]");
  }

  @Test
  void duplicateKeyNamesBothLines() throws Exception {
    String file =
        "---\nid: what-is-it\ndifficulty: LOW\nlessons: [\"01\"]\nquestion: What is it?\n"
            + "difficulty: HIGH\n---\nIt is a thing.\n";

    assertThat(bank().with(WHAT, file).lines())
        .containsExactly(
            WHAT_PATH
                + ":6:1: error: duplicate key 'difficulty': it is already set at line 3;"
                + " remove one of the two [yaml-syntax]");
  }

  @Test
  void unsafeTagIsReportedAndNothingIsInstantiatedOrFetched() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = countingServer(requests);
    try {
      String url = "http://localhost:" + server.getAddress().getPort() + "/";
      CANARY_TOUCHED.set(false);
      String file =
          "---\nid: what-is-it\ndifficulty: LOW\nlessons: [\"01\"]\nquestion: What is it?\n"
              + "engine: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
              + " [[!!java.net.URL [\""
              + url
              + "\"]]]]\n---\nIt is a thing.\n";
      String canary =
          "---\nid: how-does-it-work\ndifficulty: HIGH\nlessons: [\"02\"]\n"
              + "question: !!io.github.questionbank.load.Canary How?\n---\nLike this.\n";

      assertThat(bank().with(WHAT, file).with(BankFixture.HOW, canary).lines())
          .containsExactly(
              BANK
                  + BankFixture.HOW
                  + ":5:11: error: YAML tag '!!io.github.questionbank.load.Canary' is not"
                  + " allowed: bank files hold plain values only [yaml-syntax]",
              WHAT_PATH
                  + ":6:9: error: YAML tag '!!javax.script.ScriptEngineManager' is not allowed:"
                  + " bank files hold plain values only [yaml-syntax]");
      assertThat(CANARY_TOUCHED).isFalse();
      assertThat(requests).hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  /** Without this control the test above could not fail: an instantiating loader trips both. */
  @Test
  void canaryAndServerSeeAnInstantiatingLoader() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = countingServer(requests);
    try {
      String url = "http://localhost:" + server.getAddress().getPort() + "/";
      LoaderOptions trusting = new LoaderOptions();
      trusting.setTagInspector(tag -> true);
      CANARY_TOUCHED.set(false);

      new Yaml(new Constructor(trusting)).load("!!io.github.questionbank.load.Canary x");
      new ScriptEngineManager(new URLClassLoader(new URL[] {new URL(url)}, null));

      assertThat(CANARY_TOUCHED).isTrue();
      assertThat(requests.get()).isPositive();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void localTagIsReportedAtTheTaggedValue() throws Exception {
    String file =
        "---\nid: what-is-it\ndifficulty: LOW\nlessons: [\"01\"]\nquestion: !shell What is it?\n"
            + "---\nIt is a thing.\n";

    assertThat(bank().with(WHAT, file).lines())
        .containsExactly(
            WHAT_PATH
                + ":5:11: error: YAML tag '!shell' is not allowed: bank files hold plain"
                + " values only [yaml-syntax]");
  }

  /** A local HTTP server that counts the requests it gets, as a URLClassLoader would make. */
  private static HttpServer countingServer(AtomicInteger requests) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static byte[] paddedTo(String header, int size) {
    byte[] bytes = new byte[size];
    byte[] start = header.getBytes(StandardCharsets.UTF_8);
    Arrays.fill(bytes, (byte) 'a');
    System.arraycopy(start, 0, bytes, 0, start.length);
    return bytes;
  }
}
