package io.github.questionbank.anki;

import static org.assertj.core.api.Assertions.assertThat;

import anki.media.CheckMediaResponse;
import anki.notes.Note;
import io.github.questionbank.model.Bank;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small bank with an image (the export-packs example), one answer given words with characters the
 * sanitizer might store as entities: Anki's media check, and what its Browse search finds.
 */
class SmallBankTest {

  /** Words a learner types into Browse; each is in one answer only. */
  private static final String WORDS = "A retry doesn't help N+1 queries, and x = 1 is \"equal\".";

  @TempDir static Path folder;

  private static Bank bank;
  private static AnkiProfile anki;

  @BeforeAll
  static void importThePackage() throws Exception {
    Path project = BankFiles.copy(BankFiles.imageBank(), folder.resolve("project"));
    Path answer = project.resolve("src/bank/questions/basics/010-methods.md");
    Files.writeString(
        answer,
        Files.readString(answer, StandardCharsets.UTF_8).stripTrailing() + " " + WORDS + "\n",
        StandardCharsets.UTF_8);
    bank = BankFiles.read(project);
    Path output = folder.resolve("bank");
    BankFiles.export(project, output, BankFiles.BUILD_TIMESTAMP, "anki-apkg");
    anki = AnkiProfile.open(Files.createDirectories(folder.resolve("profile")), "en");
    anki.importPackage(output.resolve(bank.id() + ".apkg"));
  }

  @AfterAll
  static void closeTheProfile() {
    if (anki != null) {
      anki.close();
    }
  }

  @Test
  void theMediaCheckFindsNothingMissingAndNothingUnused() throws Exception {
    CheckMediaResponse check = anki.engine().checkMedia();
    assertThat(check.getMissingList()).isEmpty();
    assertThat(check.getUnusedList()).isEmpty();
    assertThat(check.getMissingMediaNotesList()).isEmpty();

    List<String> images = imagesShownByAnswers();
    assertThat(images).isNotEmpty();
    for (String image : images) {
      assertThat(anki.mediaFolder().resolve(image)).isRegularFile();
    }
  }

  @Test
  void browseFindsPlainWordsOfAnswers() {
    assertThat(anki.searchNotes("retry")).hasSize(1);
    assertThat(anki.searchNotes("queries")).hasSize(1);
  }

  @Test
  void browseFindsAnswerWordsWithApostrophesPlusSignsEqualsSignsAndQuotes() {
    assertThat(anki.searchNotes("doesn't")).hasSize(1);
    assertThat(anki.searchNotes("N+1")).hasSize(1);
    assertThat(anki.searchNotes("\"x = 1\"")).hasSize(1);
    assertThat(anki.searchNotes("\"\\\"equal\\\"\"")).hasSize(1);
  }

  private static List<String> imagesShownByAnswers() {
    Pattern src = Pattern.compile("<img[^>]*\\ssrc=\"([^\"]+)\"");
    List<String> images = new java.util.ArrayList<>();
    for (Note note : anki.notes()) {
      Matcher matcher = src.matcher(note.getFields(1));
      while (matcher.find()) {
        images.add(matcher.group(1));
      }
    }
    return images;
  }
}
