package io.github.questionbank.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.questionbank.export.pdf.PdfFonts.Face;
import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.export.spi.PracticeLines;
import io.github.questionbank.export.spi.QuestionRendering;
import io.github.questionbank.markdown.AuthorNotes;
import io.github.questionbank.markdown.ParsedQuestion;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.select.Pack;
import java.util.List;

/**
 * {@code <id>-practice.pdf}: the questions numbered across the pack, without answers, each with
 * ruled lines to write on (by default more for longer model answers, or as many as {@link
 * PracticeLines} says); then the answer key under the same numbers. Questions and sections follow
 * each other on a page as long as they fit: a question never leaves its lines, but it does not take
 * a page of its own either.
 */
public final class PracticePdfExporter extends PdfExporter {

  public static final String FORMAT = "practice-pdf";
  private static final String ANSWER_KEY = "answer-key";
  private static final float WRITING_LINE_HEIGHT = 21f;

  /**
   * The height of a question's block without its lines: its label, two lines of question text and
   * the space after it.
   */
  private static final float QUESTION_ROOM = 74f;

  /** Room above a section heading that follows another section on the same page. */
  private static final float SECTION_GAP = 20f;

  public PracticePdfExporter() {
    super(FORMAT, "-practice.pdf");
  }

  @Override
  String title(Pack pack) {
    return pack.title() + " (practice)";
  }

  @Override
  String subject() {
    return "Interview questions to practise, with an answer key";
  }

  @Override
  PdfBook.Content content(Pack pack, ExportContext context) {
    return new Practice(pack, context);
  }

  @Override
  String[] formatSettings(ExportContext context) {
    return new String[] {"practiceLines=" + context.practiceLines()};
  }

  /** A cover that names the answer key's page; then the sections; then the answer key. */
  private record Practice(Pack pack, ExportContext context) implements PdfBook.Content {

    @Override
    public void front(PdfBook book, PdfBook.Pages pages) {
      PdfParts parts = new PdfParts(book, context, pack);
      parts.cover("Practice sheets with answer key");
      Paragraph how = book.paragraph();
      how.setSpacingBefore(22f);
      how.setLeading(15f);
      Integer keyPage = pages.of(ANSWER_KEY);
      how.add(
          new Chunk(
              "Answer each question in the space below it before you look at the answer key"
                  + (keyPage == null ? "" : " (page " + keyPage + ")")
                  + ". The numbers match.",
              parts.font(Face.SANS_ITALIC, 10f, PdfStyle.MUTED)));
      book.add(how);
    }

    /**
     * The sections one after the other: a section starts on the page where the last one ended if
     * its heading and first question fit there.
     */
    @Override
    public void body(PdfBook book) {
      PdfParts parts = new PdfParts(book, context, pack);
      int number = 0;
      int sectionNumber = 0;
      for (Section section : pack.sections()) {
        sectionNumber++;
        String destination = "section-" + section.id();
        Paragraph heading = parts.sectionHeading(sectionNumber + ".", section.title(), destination);
        heading.setSpacingBefore(SECTION_GAP); // dropped at the top of a page
        List<Element> headings = List.of(heading, parts.sectionSummary(section.questions()));
        String bookmark = sectionNumber + ". " + section.title();
        boolean started = false;
        for (Question question : section.questions()) {
          number++;
          int shown = number;
          PdfPTable block =
              QuestionRendering.of(
                  question,
                  () ->
                      withWritingSpace(
                          parts.questionHeader(
                              shown,
                              context.parsed().get(question),
                              "question-" + question.id(),
                              false),
                          lines(
                              question,
                              context.practiceLines(),
                              mostAutoLines(book.markdown().fit().pageHeight()))));
          if (!started) {
            startSection(book, headings, List.of(block), destination, bookmark);
            started = true;
          }
          QuestionRendering.run(question, () -> book.add(block));
        }
        if (!started) {
          startSection(book, headings, List.of(), destination, bookmark);
        }
      }
      answerKey(book, parts);
    }

    /** A section's heading, on this page if its first question fits there too. */
    private static void startSection(
        PdfBook book,
        List<Element> headings,
        List<Element> firstQuestion,
        String destination,
        String bookmark) {
      book.keepWithNext(headings, firstQuestion);
      headings.forEach(book::add);
      book.bookmark(null, destination, bookmark);
    }

    private void answerKey(PdfBook book, PdfParts parts) {
      book.newPage();
      Paragraph key = book.paragraph();
      Chunk title =
          new Chunk("Answer key", parts.font(Face.SANS_BOLD, PdfStyle.SECTION, PdfStyle.ACCENT));
      title.setLocalDestination(ANSWER_KEY);
      title.setGenericTag(ANSWER_KEY);
      key.add(title);
      key.setSpacingAfter(12f);
      book.add(key);
      PdfOutline keyMark = book.bookmark(null, ANSWER_KEY, "Answer key");
      int number = 0;
      for (Section section : pack.sections()) {
        String destination = "key-" + section.id();
        Paragraph heading = book.paragraph();
        List<Chunk> text = parts.text(section.title(), Face.SANS_BOLD, 13f, PdfStyle.ACCENT);
        text.get(0).setLocalDestination(destination);
        heading.addAll(text);
        heading.setSpacingBefore(10f);
        heading.setSpacingAfter(8f);
        boolean headingDrawn = false;
        for (Question question : section.questions()) {
          number++;
          int shown = number;
          boolean firstOfSection = !headingDrawn;
          headingDrawn = true;
          QuestionRendering.run(
              question,
              () -> {
                ParsedQuestion parsed = context.parsed().get(question);
                PdfPTable header = parts.questionHeader(shown, parsed, null, true);
                List<Element> answer = parts.answer(parsed);
                // The section's heading goes with its first question, which goes with its answer.
                book.keepWithNext(
                    firstOfSection ? List.of(heading, header) : List.of(header), answer);
                if (firstOfSection) {
                  book.add(heading);
                  book.bookmark(keyMark, destination, section.title());
                }
                book.add(header);
                book.addAll(answer);
              });
        }
        if (!headingDrawn) {
          book.add(heading);
          book.bookmark(keyMark, destination, section.title());
        }
      }
    }
  }

  /** The question, then ruled lines, kept on one page. */
  private static PdfPTable withWritingSpace(PdfPTable question, int lines) {
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100f);
    table.setKeepTogether(true);
    table.setSpacingAfter(14f);
    PdfPCell head = new PdfPCell();
    head.addElement(question);
    head.setBorder(Rectangle.NO_BORDER);
    head.setPaddingLeft(0f);
    table.addCell(head);
    for (int i = 0; i < lines; i++) {
      PdfPCell line = new PdfPCell();
      line.setFixedHeight(WRITING_LINE_HEIGHT);
      line.setBorder(Rectangle.BOTTOM);
      line.setBorderColorBottom(PdfStyle.WRITING_LINE);
      line.setBorderWidthBottom(0.5f);
      table.addCell(line);
    }
    return table;
  }

  /**
   * The lines a question gets: the fixed count if one is set, else room in proportion to the model
   * answer, four lines at least, and at most sixteen or as many as let two questions share a page
   * (see {@link #mostAutoLines}), whichever is fewer.
   */
  static int lines(Question question, PracticeLines setting, int mostAutoLines) {
    if (!setting.isAuto()) {
      return setting.count();
    }
    int words = AuthorNotes.withoutNotes(question.answer()).split("\\s+").length;
    return Math.max(4, Math.min(Math.min(16, mostAutoLines), words / 14 + 2));
  }

  /**
   * The most lines {@code auto} gives a question: as many as let two questions (with a question
   * text of up to two lines) share a page. Sixteen lines would not, and each long answer's question
   * took a page of its own with a third of it blank: 13 lines on A4, 12 on Letter.
   */
  static int mostAutoLines(float pageHeight) {
    return (int) ((pageHeight / 2 - QUESTION_ROOM) / WRITING_LINE_HEIGHT);
  }
}
