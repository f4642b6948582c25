package io.github.questionbank.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import com.lowagie.text.pdf.draw.LineSeparator;
import io.github.questionbank.export.pdf.PdfFonts.Face;
import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.markdown.Markdown;
import io.github.questionbank.markdown.ParsedQuestion;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Difficulty;
import io.github.questionbank.model.Lesson;
import io.github.questionbank.model.Question;
import io.github.questionbank.select.Pack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The pieces both handouts share: the cover, difficulty chips, question headers, headings. */
final class PdfParts {

  private final PdfBook book;
  private final ExportContext context;
  private final Pack pack;

  PdfParts(PdfBook book, ExportContext context, Pack pack) {
    this.book = book;
    this.context = context;
    this.pack = pack;
  }

  /**
   * An author's text (a title, a lesson) in a face, each character in the first font that has it,
   * as in answers: an emoji in a section title prints too. At least one chunk.
   */
  List<Chunk> text(String text, Face face, float size, java.awt.Color color) {
    List<Chunk> chunks = new java.util.ArrayList<>(book.fonts().chunks(text, face, size, color));
    if (chunks.isEmpty()) {
      chunks.add(new Chunk("", font(face, size, color)));
    }
    return chunks;
  }

  /** A paragraph of an author's text, with the leading a paragraph in that font would have. */
  Paragraph paragraph(String text, Face face, float size, java.awt.Color color) {
    Paragraph paragraph = new Paragraph("", font(face, size, color));
    paragraph.addAll(text(text, face, size, color));
    return paragraph;
  }

  Font font(Face face, float size, java.awt.Color color) {
    return book.fonts().font(face, size, color);
  }

  /** Title, subtitle, description, counts by difficulty and prerequisites. */
  void cover(String label) {
    Bank bank = pack.bank();
    Paragraph top = book.paragraph();
    top.setSpacingBefore(90f);
    String subtitle = bank.subtitle() == null ? "" : bank.subtitle();
    top.addAll(
        text(subtitle.toUpperCase(java.util.Locale.ROOT), Face.SANS_BOLD, 10f, PdfStyle.MUTED));
    book.add(top);

    Paragraph title = paragraph(pack.title(), Face.SANS_BOLD, PdfStyle.TITLE, PdfStyle.ACCENT);
    title.setLeading(PdfStyle.TITLE * 1.15f);
    title.setSpacingBefore(6f);
    book.add(title);
    if (!pack.title().equals(bank.title())) {
      book.add(paragraph("From " + bank.title(), Face.SANS, 12f, PdfStyle.MUTED));
    }
    Paragraph kind = new Paragraph(label, font(Face.SANS, 14f, PdfStyle.ACCENT));
    kind.setSpacingBefore(4f);
    kind.setSpacingAfter(18f);
    book.add(kind);

    if (bank.description() != null) {
      book.addAll(markdown(bank.description(), null));
    }
    counts();
    prerequisites();
  }

  private void counts() {
    Map<Difficulty, Integer> counts = new EnumMap<>(Difficulty.class);
    pack.questions().forEach(q -> counts.merge(q.difficulty(), 1, Integer::sum));
    Paragraph line = book.paragraph();
    line.setSpacingBefore(18f);
    line.setLeading(20f);
    int total = pack.questionCount();
    line.add(
        new Chunk(
            total
                + (total == 1 ? " question" : " questions")
                + " in "
                + pack.sections().size()
                + (pack.sections().size() == 1 ? " section" : " sections")
                + "    ",
            font(Face.SANS_BOLD, 12f, PdfStyle.TEXT)));
    for (Difficulty difficulty : Difficulty.values()) {
      if (counts.containsKey(difficulty)) {
        line.add(chip(difficulty, 9f));
        line.add(
            new Chunk(
                " " + counts.get(difficulty) + "      ", font(Face.SANS_BOLD, 11f, PdfStyle.TEXT)));
      }
    }
    book.add(line);
  }

  private void prerequisites() {
    Bank bank = pack.bank();
    if (bank.prerequisites().isEmpty()) {
      return;
    }
    Paragraph heading = new Paragraph("Prerequisites", font(Face.SANS_BOLD, 11f, PdfStyle.TEXT));
    heading.setSpacingBefore(22f);
    heading.setSpacingAfter(4f);
    book.add(heading);
    for (String id : bank.prerequisites()) {
      String title = bank.lesson(id).map(Lesson::title).orElse("");
      Paragraph entry = book.paragraph();
      entry.setLeading(14f);
      entry.add(new Chunk("Lesson " + id + "   ", font(Face.SANS_BOLD, 9.5f, PdfStyle.MUTED)));
      entry.addAll(text(title, Face.SANS, 9.5f, PdfStyle.TEXT));
      book.add(entry);
    }
  }

  /** A coloured LOW / MEDIUM / HIGH label. */
  Chunk chip(Difficulty difficulty, float size) {
    Chunk chip =
        new Chunk(
            "\u00a0" + difficulty.name() + "\u00a0",
            font(Face.SANS_BOLD, size, PdfStyle.chipText(difficulty)));
    chip.setBackground(PdfStyle.chipBackground(difficulty), 1.5f, 2.5f, 1.5f, 1.5f);
    return chip;
  }

  /** A section heading on a new page, with its bookmark target and contents tag. */
  Paragraph sectionHeading(String number, String title, String destination) {
    Paragraph heading = book.paragraph();
    List<Chunk> chunks =
        text(number + "  " + title, Face.SANS_BOLD, PdfStyle.SECTION, PdfStyle.ACCENT);
    chunks.get(0).setLocalDestination(destination);
    chunks.get(0).setGenericTag(destination);
    heading.addAll(chunks);
    heading.setSpacingAfter(2f);
    return heading;
  }

  /** "14 questions · LOW to HIGH" under a section heading, then a rule. */
  Paragraph sectionSummary(List<Question> questions) {
    Paragraph summary = book.paragraph();
    summary.add(
        new Chunk(
            questions.size() + (questions.size() == 1 ? " question" : " questions"),
            font(Face.SANS, 9.5f, PdfStyle.MUTED)));
    summary.add(
        book.chunk(
            new Chunk(new LineSeparator(0.6f, 100f, PdfStyle.RULE, Element.ALIGN_LEFT, -6f))));
    summary.setSpacingAfter(14f);
    return summary;
  }

  /** "Q12 MEDIUM Lessons 02, 08 · http · methods", then the question in bold. */
  /**
   * The rule between questions, the question's label line and its text, kept together on one page
   * (so that a page never starts with a lone rule or ends with a label).
   */
  PdfPTable questionHeader(
      int number, ParsedQuestion parsed, String destination, boolean ruleAbove) {
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100f);
    table.setKeepTogether(true);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    if (ruleAbove) {
      cell.setBorder(Rectangle.TOP);
      cell.setBorderColorTop(PdfStyle.RULE);
      cell.setBorderWidthTop(0.4f);
      cell.setPaddingTop(8f);
      table.setSpacingBefore(8f);
    }
    for (Element element : questionLines(number, parsed, destination)) {
      cell.addElement(element);
    }
    table.addCell(cell);
    table.setSpacingAfter(4f);
    return table;
  }

  private List<Element> questionLines(int number, ParsedQuestion parsed, String destination) {
    Question question = parsed.question();
    Paragraph header = book.paragraph();
    header.setLeading(15f);
    Chunk label = new Chunk("Q" + number + "  ", font(Face.SANS_BOLD, 10f, PdfStyle.ACCENT));
    if (destination != null) {
      label.setLocalDestination(destination);
    }
    header.add(label);
    header.add(chip(question.difficulty(), 7.5f));
    StringBuilder meta =
        new StringBuilder("   Lesson")
            .append(question.lessons().size() == 1 ? " " : "s ")
            .append(String.join(", ", question.lessons()));
    for (String tag : question.tags()) {
      meta.append("  \u00b7 ").append(tag);
    }
    header.add(new Chunk(meta.toString(), font(Face.SANS, 8f, PdfStyle.MUTED)));
    header.setSpacingAfter(3f);
    Paragraph text = book.paragraph();
    text.setLeading(PdfStyle.QUESTION * 1.35f);
    text.add(
        book.markdown()
            .inline(
                new MarkdownPdf.Source(parsed.questionText(), folder(question)),
                PdfStyle.QUESTION,
                true));
    return List.of(header, text);
  }

  /** A contents line: title, dotted leader, page number; the whole line links to the section. */
  Paragraph contentsLine(String text, String count, Integer page, String destination) {
    Paragraph line = book.paragraph();
    line.setLeading(20f);
    for (Chunk title : text(text, Face.SANS, 11f, PdfStyle.TEXT)) {
      title.setLocalGoto(destination);
      line.add(title);
    }
    line.add(new Chunk("   " + count, font(Face.SANS, 9f, PdfStyle.MUTED)));
    line.add(book.chunk(new Chunk(new DottedLineSeparator())));
    Chunk number =
        new Chunk(page == null ? "" : String.valueOf(page), font(Face.SANS, 11f, PdfStyle.TEXT));
    number.setLocalGoto(destination);
    line.add(number);
    return line;
  }

  Paragraph heading(String text, float size) {
    Paragraph heading = paragraph(text, Face.SANS_BOLD, size, PdfStyle.ACCENT);
    heading.setSpacingAfter(8f);
    return heading;
  }

  /** The answer's blocks. */
  List<Element> answer(ParsedQuestion parsed) {
    Question question = parsed.question();
    return book.markdown().blocks(new MarkdownPdf.Source(parsed.answer(), folder(question)));
  }

  /** Markdown from bank.yaml (description, instructions). */
  List<Element> markdown(String text, Path folder) {
    return book.markdown()
        .blocks(
            new MarkdownPdf.Source(
                Markdown.parse(text), folder == null ? context.bankDirectory() : folder));
  }

  private Path folder(Question question) {
    return context.bankDirectory().resolve("questions").resolve(question.sectionId());
  }

  static String truncate(String text, int length) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= length ? flat : flat.substring(0, length - 1).strip() + "\u2026";
  }

  static List<Question> questions(io.github.questionbank.model.Section section) {
    return new ArrayList<>(section.questions());
  }
}
