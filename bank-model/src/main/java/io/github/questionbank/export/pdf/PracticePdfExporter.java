package io.github.questionbank.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.questionbank.export.pdf.PdfFonts.Face;
import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.export.spi.QuestionRendering;
import io.github.questionbank.markdown.ParsedQuestion;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.select.Pack;

/**
 * {@code <id>-practice.pdf}: the questions numbered across the pack, without answers, each with
 * ruled lines to write on (more for longer model answers); then the answer key under the same
 * numbers.
 */
public final class PracticePdfExporter extends PdfExporter {

  public static final String FORMAT = "practice-pdf";
  private static final String ANSWER_KEY = "answer-key";
  private static final float WRITING_LINE_HEIGHT = 21f;

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

    @Override
    public void body(PdfBook book) {
      PdfParts parts = new PdfParts(book, context, pack);
      int number = 0;
      int sectionNumber = 0;
      for (Section section : pack.sections()) {
        sectionNumber++;
        book.newPage();
        String destination = "section-" + section.id();
        book.add(parts.sectionHeading(sectionNumber + ".", section.title(), destination));
        book.add(parts.sectionSummary(section.questions()));
        book.bookmark(null, destination, sectionNumber + ". " + section.title());
        for (Question question : section.questions()) {
          number++;
          int shown = number;
          QuestionRendering.run(
              question,
              () ->
                  book.add(
                      withWritingSpace(
                          parts.questionHeader(
                              shown,
                              context.parsed().get(question),
                              "question-" + question.id(),
                              false),
                          lines(question))));
        }
      }
      answerKey(book, parts);
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
        Chunk text = new Chunk(section.title(), parts.font(Face.SANS_BOLD, 13f, PdfStyle.ACCENT));
        text.setLocalDestination(destination);
        heading.add(text);
        heading.setSpacingBefore(10f);
        heading.setSpacingAfter(8f);
        book.add(heading);
        book.bookmark(keyMark, destination, section.title());
        for (Question question : section.questions()) {
          number++;
          int shown = number;
          QuestionRendering.run(
              question,
              () -> {
                ParsedQuestion parsed = context.parsed().get(question);
                book.ensureSpace(110f);
                book.add(parts.questionHeader(shown, parsed, null, true));
                parts.answer(parsed).forEach(book::add);
              });
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

  /** Room in proportion to the model answer: four lines at least, sixteen at most. */
  static int lines(Question question) {
    int words = question.answer().split("\\s+").length;
    return Math.max(4, Math.min(16, words / 14 + 2));
  }
}
