package io.github.questionbank.export.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPTable;
import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.export.spi.QuestionRendering;
import io.github.questionbank.markdown.Markdown;
import io.github.questionbank.markdown.ParsedQuestion;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.select.Pack;
import java.util.List;

/**
 * {@code <id>.pdf}, the handout: a cover with the counts by difficulty, how to use the bank,
 * contents with page numbers, then each section with its questions and model answers. Bookmarks for
 * sections and questions, "Page x of y" in the footer.
 */
public final class HandoutPdfExporter extends PdfExporter {

  public static final String FORMAT = "pdf";

  public HandoutPdfExporter() {
    super(FORMAT, ".pdf");
  }

  @Override
  String title(Pack pack) {
    return pack.title();
  }

  @Override
  String subject() {
    return "Interview questions with model answers";
  }

  @Override
  PdfBook.Content content(Pack pack, ExportContext context) {
    return new Handout(pack, context);
  }

  /** Cover; then how to use the bank and the contents; then the sections. */
  private record Handout(Pack pack, ExportContext context) implements PdfBook.Content {

    @Override
    public void lead(PdfBook book) {
      new PdfParts(book, context, pack).cover("Question bank with model answers");
    }

    @Override
    public void front(PdfBook book, PdfBook.Pages pages) {
      PdfParts parts = new PdfParts(book, context, pack);
      if (pack.bank().instructions() != null) {
        book.add(parts.heading("How to use this bank", 16f));
        book.addAll(parts.markdown(pack.bank().instructions(), null));
      }
      Paragraph contents = parts.heading("Contents", 16f);
      contents.setSpacingBefore(18f);
      book.add(contents);
      int sectionNumber = 0;
      for (Section section : pack.sections()) {
        sectionNumber++;
        String destination = "section-" + section.id();
        int count = section.questions().size();
        book.add(
            parts.contentsLine(
                sectionNumber + ".  " + section.title(),
                count + (count == 1 ? " question" : " questions"),
                pages.of(destination),
                destination));
      }
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
        PdfOutline sectionMark =
            book.bookmark(null, destination, sectionNumber + ". " + section.title());
        boolean first = true;
        for (Question question : section.questions()) {
          number++;
          int shown = number;
          boolean ruleAbove = !first;
          first = false;
          QuestionRendering.run(
              question,
              () -> {
                ParsedQuestion parsed = context.parsed().get(question);
                String questionDestination = "question-" + question.id();
                PdfPTable header =
                    parts.questionHeader(shown, parsed, questionDestination, ruleAbove);
                List<Element> answer = parts.answer(parsed);
                book.keepWithNext(List.of(header), answer);
                book.add(header);
                book.bookmark(
                    sectionMark,
                    questionDestination,
                    "Q"
                        + shown
                        + ". "
                        + PdfParts.truncate(Markdown.plainText(parsed.questionText()), 90));
                book.addAll(answer);
              });
        }
      }
    }
  }
}
