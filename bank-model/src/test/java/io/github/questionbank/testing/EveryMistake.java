package io.github.questionbank.testing;

import static io.github.questionbank.testing.BankFixture.question;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A bank with one of every mistake validation finds (all but {@code missing-file}, which would hide
 * the rules that need the missing file), and the diagnostics it must get, in order.
 */
public final class EveryMistake {

  /** {@code path:line:column severity rule} of every diagnostic, sorted as the report is. */
  public static final List<String> EXPECTED =
      List.of(
          "src/bank/bank.yaml:6:5 warning empty-section",
          "src/bank/lessons.yaml:6:5 warning unused-lesson",
          "src/bank/questions/010-loose.md:1:1 warning stray-file",
          "src/bank/questions/basics/030-latin1.md:7:12 error encoding",
          "src/bank/questions/basics/040-huge.md:1:1 error file-too-large",
          "src/bank/questions/basics/050-no-front-matter.md:1:1 error front-matter",
          "src/bank/questions/basics/060-yaml.md:5:15 error yaml-syntax",
          "src/bank/questions/basics/070-schema.md:3:13 error schema",
          "src/bank/questions/basics/080-dup-id.md:2:5 error duplicate-id",
          "src/bank/questions/basics/090-unknown-lesson.md:4:17 error unknown-lesson",
          "src/bank/questions/basics/100-step-down.md:3:13 warning difficulty-order",
          "src/bank/questions/basics/110-empty.md:6:1 error empty-answer",
          "src/bank/questions/basics/120-dup-question.md:5:1 error duplicate-question",
          "src/bank/questions/basics/130-html.md:7:5 error raw-html",
          "src/bank/questions/basics/140-image.md:7:1 error missing-image",
          "src/bank/questions/basics/150-long.md:7:1 error markdown-too-complex",
          "src/bank/questions/basics/160-link.md:1:1 error symlink",
          "src/bank/questions/drafts/010-draft.md:1:1 error unknown-section");

  /** Bank files, lessons file and the 16 question files read (not the link, not the stray). */
  public static final String SUMMARY = "14 errors and 4 warnings in 18 files";

  private EveryMistake() {}

  /** Writes the bank into {@code project/src/bank}. */
  public static BankFixture write(Path project) throws IOException {
    String basics = "questions/basics/";
    byte[] huge = new byte[3 * 512 * 1024];
    Arrays.fill(huge, (byte) 'a');
    byte[] header =
        question("huge-one", "HIGH", "[\"01\"]", "Huge?", "").getBytes(StandardCharsets.UTF_8);
    System.arraycopy(header, 0, huge, 0, header.length);
    BankFixture bank =
        BankFixture.minimal(project)
            .without(BankFixture.HOW)
            .with(
                "lessons.yaml",
                BankFixture.LESSONS_YAML + "  - id: \"03\"\n    title: Third lesson\n")
            .with("questions/010-loose.md", question("loose", "LOW", "[\"01\"]", "Loose?", "A."))
            .with(
                "questions/drafts/010-draft.md",
                question("draft-one", "LOW", "[\"01\"]", "Draft?", "A draft."))
            .with(
                basics + "030-latin1.md",
                question("latin-one", "MEDIUM", "[\"01\"]", "Latin?", "It is a caf\u00e9.")
                    .getBytes(StandardCharsets.ISO_8859_1))
            .with(basics + "040-huge.md", huge)
            .with(basics + "050-no-front-matter.md", "Just an answer.\n")
            .with(
                basics + "060-yaml.md",
                question("yaml-one", "MEDIUM", "[\"01\"]", "What: now?", "A."))
            .with(
                basics + "070-schema.md",
                question("schema-one", "Medium", "[\"01\"]", "Schema?", "A."))
            .with(
                basics + "080-dup-id.md",
                question("what-is-it", "MEDIUM", "[\"01\"]", "Again?", "A."))
            .with(
                basics + "090-unknown-lesson.md",
                question("lesson-typo", "MEDIUM", "[\"01\", \"99\"]", "Which lesson?", "A."))
            .with(
                basics + "100-step-down.md",
                question("step-down", "LOW", "[\"01\"]", "Easier?", "A."))
            .with(basics + "110-empty.md", question("empty-one", "HIGH", "[\"01\"]", "Empty?", ""))
            .with(
                basics + "120-dup-question.md",
                question("dup-question", "HIGH", "[\"01\"]", "WHAT is *it*?", "A."))
            .with(
                basics + "130-html.md",
                question("html-one", "HIGH", "[\"01\"]", "HTML?", "Line<br>break"))
            .with(
                basics + "140-image.md",
                question("image-one", "HIGH", "[\"01\"]", "Image?", "![diagram](img/diagram.png)"))
            .with(
                basics + "150-long.md",
                question("long-one", "HIGH", "[\"01\"]", "Long?", "a".repeat(70_000)));
    bank.write();
    Path outside = Files.writeString(project.resolve("outside.md"), "---\nid: outside\n---\n");
    Files.createSymbolicLink(bank.bankDirectory().resolve(basics + "160-link.md"), outside);
    return bank;
  }
}
