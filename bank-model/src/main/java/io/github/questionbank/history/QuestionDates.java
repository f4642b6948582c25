package io.github.questionbank.history;

import com.vladsch.flexmark.util.ast.Document;
import io.github.questionbank.markdown.LocalImages;
import io.github.questionbank.markdown.ParsedQuestion;
import io.github.questionbank.model.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * When a question last changed: the latest date of its file and of the local images it shows (an
 * edited diagram changes the card as much as an edited answer does).
 */
public final class QuestionDates {

  private final Path bankDirectory;
  private final Path realBank;
  private final FileDates files;

  /**
   * @param bankDirectory the bank, for the questions' files and images
   * @param files the dates of the bank's files
   */
  public QuestionDates(Path bankDirectory, FileDates files) {
    this.bankDirectory = bankDirectory.toAbsolutePath().normalize();
    this.realBank = realPath(this.bankDirectory);
    this.files = files;
  }

  /** Every question dated {@code date}: no history to read ({@code outputTimestamp}). */
  public static QuestionDates without(Instant date) {
    return new QuestionDates(Path.of(""), FileDates.without(date));
  }

  /** The question's date, from its parsed texts (the images they show). */
  public Instant of(ParsedQuestion parsed) {
    Question question = parsed.question();
    String folder = "questions/" + question.sectionId();
    String fileName = question.file().substring(question.file().lastIndexOf('/') + 1);
    Instant latest = files.of(folder + "/" + fileName);
    for (Document text : new Document[] {parsed.questionText(), parsed.answer()}) {
      for (LocalImages.LocalImage image : LocalImages.find(text)) {
        Instant date = files.of(imagePath(folder, image.path()));
        latest = date.isAfter(latest) ? date : latest;
      }
    }
    return latest;
  }

  /**
   * The image's path in the bank, as Git records it: through the file system's own spelling (a
   * case-insensitive one finds {@code Flow.PNG} for {@code flow.png}) and through links inside the
   * bank. An image that cannot be found there (validation refuses it) counts as uncommitted.
   */
  private String imagePath(String folder, String path) {
    try {
      Path file = LocalImages.resolve(bankDirectory, folder, path).toRealPath();
      return file.startsWith(realBank)
          ? realBank.relativize(file).toString().replace('\\', '/')
          : folder + "/" + path;
    } catch (IOException | UncheckedIOException e) {
      return folder + "/" + path;
    }
  }

  private static Path realPath(Path directory) {
    try {
      return directory.toRealPath();
    } catch (IOException e) {
      return directory; // no bank there: no image will be found either
    }
  }
}
