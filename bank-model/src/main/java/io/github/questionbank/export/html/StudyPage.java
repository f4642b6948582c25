package io.github.questionbank.export.html;

import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.export.spi.QuestionRendering;
import io.github.questionbank.markdown.HtmlRendering;
import io.github.questionbank.markdown.Markdown;
import io.github.questionbank.markdown.ParsedQuestion;
import io.github.questionbank.model.Bank;
import io.github.questionbank.model.Difficulty;
import io.github.questionbank.model.Lesson;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.select.Pack;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a pack as one HTML5 document. Everything a learner reads is in the markup, so the page
 * works without its script: the script only adds filters, search and marks, reading what it needs
 * from each question's {@code data-*} attributes. Every list is written in the pack's order or
 * sorted, and the only date is the export's timestamp, so the same pack gives the same bytes.
 */
final class StudyPage {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Pack pack;
  private final ExportContext context;
  private final DataUriImages images;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  private StudyPage(Pack pack, ExportContext context) {
    this.pack = pack;
    this.context = context;
    this.images = new DataUriImages(context.bankDirectory());
  }

  /** The whole document. */
  static String write(Pack pack, ExportContext context) {
    return new StudyPage(pack, context).document();
  }

  private String document() {
    // The body first: whether the page has formulas decides what its head carries.
    header();
    contents();
    main();
    footer();
    boolean math = StudyPageMath.holdsMath(out);
    List<String> styles = new ArrayList<>(List.of(StudyPageAssets.css()));
    // KaTeX's script runs before the page's own, which then searches the typeset formulas' TeX.
    List<String> scripts = new ArrayList<>();
    if (math) {
      styles.add(StudyPageMath.css());
      scripts.add(StudyPageMath.script());
    }
    scripts.add(StudyPageAssets.script());
    StringBuilder head =
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
            // Written as is: the policy holds only keywords and base64, nothing to escape.
            .append(ContentSecurityPolicy.of(styles, scripts, math))
            .append("\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
            .append("<title>")
            .append(HtmlRendering.escapeText(pack.title()))
            .append("</title>\n")
            // An empty icon: without one a browser asks the server for /favicon.ico.
            .append("<link rel=\"icon\" href=\"data:,\">\n");
    for (String style : styles) {
      head.append("<style>").append(style).append("</style>\n");
    }
    head.append("</head>\n<body>\n")
        .append("<a class=\"skip-link\" href=\"#questions\">Skip to the questions</a>\n");
    out.insert(0, head);
    for (String script : scripts) {
      out.append("<script>").append(script).append("</script>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private void header() {
    Bank bank = pack.bank();
    out.append("<header class=\"page-header\">\n");
    if (bank.subtitle() != null) {
      out.append("<p class=\"subtitle\">")
          .append(HtmlRendering.escapeText(bank.subtitle()))
          .append("</p>\n");
    }
    out.append("<h1>").append(HtmlRendering.escapeText(pack.title())).append("</h1>\n");
    if (!pack.title().equals(bank.title())) {
      out.append("<p class=\"from\">From ")
          .append(HtmlRendering.escapeText(bank.title()))
          .append("</p>\n");
    }
    if (bank.description() != null) {
      out.append("<div class=\"description\">")
          .append(markdown(bank.description()))
          .append("</div>\n");
    }
    counts();
    if (bank.instructions() != null) {
      out.append("<section class=\"how-to\" aria-labelledby=\"how-to-use\">\n")
          .append("<h2 id=\"how-to-use\">How to use this bank</h2>\n")
          .append(markdown(bank.instructions()))
          .append("</section>\n");
    }
    prerequisites();
    out.append("</header>\n");
  }

  private void counts() {
    Map<Difficulty, Integer> counts = new EnumMap<>(Difficulty.class);
    pack.questions().forEach(q -> counts.merge(q.difficulty(), 1, Integer::sum));
    int sections = pack.sections().size();
    out.append("<p class=\"counts\"><strong>")
        .append(plural(pack.questionCount(), "question"))
        .append(" in ")
        .append(plural(sections, "section"))
        .append("</strong>");
    for (Map.Entry<Difficulty, Integer> count : counts.entrySet()) {
      out.append(" <span class=\"count\">")
          .append(chip(count.getKey()))
          .append(" ")
          .append(count.getValue())
          .append("</span>");
    }
    out.append("</p>\n");
  }

  private void prerequisites() {
    Bank bank = pack.bank();
    if (bank.prerequisites().isEmpty()) {
      return;
    }
    out.append("<section class=\"prerequisites\" aria-labelledby=\"prerequisites\">\n")
        .append("<h2 id=\"prerequisites\">Prerequisites</h2>\n<ul>\n");
    for (String id : bank.prerequisites()) {
      String title = bank.lesson(id).map(Lesson::title).orElse("");
      out.append("<li><span class=\"lesson-id\">Lesson ")
          .append(HtmlRendering.escapeText(id))
          .append("</span> ")
          .append(HtmlRendering.escapeText(title))
          .append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private void contents() {
    out.append("<nav class=\"contents\" aria-labelledby=\"contents\">\n")
        .append("<h2 id=\"contents\">Contents</h2>\n<ol>\n");
    for (Section section : pack.sections()) {
      out.append("<li><a href=\"#")
          .append(sectionAnchor(section))
          .append("\">")
          .append(HtmlRendering.escapeText(section.title()))
          .append("</a> <span class=\"muted\">")
          .append(plural(section.questions().size(), "question"))
          .append("</span></li>\n");
    }
    out.append("</ol>\n</nav>\n");
  }

  private void main() {
    out.append("<main id=\"questions\" data-bank=\"")
        .append(HtmlRendering.escapeText(pack.bank().id()))
        .append("\">\n");
    toolbar();
    int number = 0;
    int sectionNumber = 0;
    for (Section section : pack.sections()) {
      sectionNumber++;
      String anchor = sectionAnchor(section);
      out.append("<section class=\"bank-section\" id=\"")
          .append(anchor)
          .append("\" aria-labelledby=\"")
          .append(anchor)
          .append("-title\">\n<h2 id=\"")
          .append(anchor)
          .append("-title\"><span class=\"section-number\">")
          .append(sectionNumber)
          .append("</span> ")
          .append(HtmlRendering.escapeText(section.title()))
          .append("</h2>\n<p class=\"section-summary\">")
          .append(plural(section.questions().size(), "question"))
          .append("</p>\n");
      for (Question question : section.questions()) {
        number++;
        question(number, section, question);
      }
      out.append("</section>\n");
    }
    out.append("</main>\n");
  }

  /**
   * The filters, hidden until the script shows them: without a script they could do nothing. Every
   * control has a label; the status line is a live region, so a screen reader hears the count.
   */
  private void toolbar() {
    out.append(
            "<form class=\"toolbar\" id=\"toolbar\" role=\"search\" aria-label=\"Filter questions\""
                + " hidden>\n")
        .append("<fieldset class=\"difficulties\">\n<legend>Difficulty</legend>\n");
    for (Difficulty difficulty : Difficulty.values()) {
      String id = "filter-difficulty-" + difficulty.name().toLowerCase(Locale.ROOT);
      out.append("<label for=\"")
          .append(id)
          .append("\"><input type=\"checkbox\" name=\"difficulty\" id=\"")
          .append(id)
          .append("\" value=\"")
          .append(difficulty.name())
          .append("\" checked> ")
          .append(chip(difficulty))
          .append("</label>\n");
    }
    out.append("</fieldset>\n");
    Map<String, String> sections = new LinkedHashMap<>();
    pack.sections().forEach(s -> sections.put(s.id(), s.title()));
    select("section", "Section", "All sections", sections);
    Map<String, String> lessons = new LinkedHashMap<>();
    Set<String> used = new LinkedHashSet<>();
    pack.questions().forEach(q -> used.addAll(q.lessons()));
    for (Lesson lesson : pack.bank().lessons()) {
      if (used.contains(lesson.id())) {
        lessons.put(lesson.id(), lesson.id() + " " + lesson.title());
      }
    }
    select("lesson", "Lesson", "All lessons", lessons);
    Set<String> tags = new TreeSet<>();
    pack.questions().forEach(q -> tags.addAll(q.tags()));
    Map<String, String> tagOptions = new LinkedHashMap<>();
    tags.forEach(tag -> tagOptions.put(tag, tag));
    select("tag", "Tag", "All tags", tagOptions);
    out.append(
            "<div class=\"field search\"><label for=\"filter-search\">Search the questions</label>")
        .append("<input type=\"search\" id=\"filter-search\" name=\"search\" autocomplete=\"off\"")
        .append(" spellcheck=\"false\"></div>\n")
        .append("<div class=\"field review\"><label for=\"filter-review\">")
        .append("<input type=\"checkbox\" id=\"filter-review\" name=\"review\">")
        .append(" Show only questions to review</label></div>\n")
        .append("<div class=\"actions\">\n")
        .append("<button type=\"button\" id=\"open-all\">Open all answers</button>\n")
        .append("<button type=\"button\" id=\"close-all\">Close all answers</button>\n")
        .append("<button type=\"button\" id=\"clear-filters\">Clear filters</button>\n")
        .append("<button type=\"button\" id=\"reset-marks\">Reset marks</button>\n")
        .append("</div>\n")
        .append("<p class=\"status\" id=\"filter-status\" role=\"status\" aria-live=\"polite\">")
        .append(plural(pack.questionCount(), "question"))
        .append("</p>\n</form>\n");
  }

  private void select(String name, String label, String all, Map<String, String> options) {
    String id = "filter-" + name;
    out.append("<div class=\"field\"><label for=\"")
        .append(id)
        .append("\">")
        .append(label)
        .append("</label><select id=\"")
        .append(id)
        .append("\" name=\"")
        .append(name)
        .append("\">\n<option value=\"\">")
        .append(all)
        .append("</option>\n");
    for (Map.Entry<String, String> option : options.entrySet()) {
      out.append("<option value=\"")
          .append(HtmlRendering.escapeText(option.getKey()))
          .append("\">")
          .append(HtmlRendering.escapeText(option.getValue()))
          .append("</option>\n");
    }
    out.append("</select></div>\n");
  }

  private void question(int number, Section section, Question question) {
    QuestionRendering.run(question, () -> writeQuestion(number, section, question));
  }

  private void writeQuestion(int number, Section section, Question question) {
    ParsedQuestion parsed = context.parsed().get(question);
    String anchor = "q-" + question.id();
    String label = "Q" + number;
    out.append("<article class=\"question\" id=\"")
        .append(HtmlRendering.escapeText(anchor))
        .append("\" aria-labelledby=\"")
        .append(HtmlRendering.escapeText(anchor))
        .append("-title\" data-id=\"")
        .append(HtmlRendering.escapeText(question.id()))
        .append("\" data-difficulty=\"")
        .append(question.difficulty().name())
        .append("\" data-section=\"")
        .append(HtmlRendering.escapeText(section.id()))
        .append("\" data-lessons=\"")
        .append(HtmlRendering.escapeText(String.join(" ", question.lessons())))
        .append("\" data-tags=\"")
        .append(HtmlRendering.escapeText(String.join(" ", question.tags())))
        .append("\">\n<h3 id=\"")
        .append(HtmlRendering.escapeText(anchor))
        .append("-title\"><span class=\"number\">")
        .append(label)
        .append("</span> <span class=\"question-text\">")
        .append(
            HtmlRendering.inlineHtml(
                parsed.questionText(), images.forSection(section.id()), StudyPagePolicy.POLICY))
        .append("</span></h3>\n<p class=\"meta\">")
        .append(chip(question.difficulty()))
        .append(" <span class=\"lessons\">")
        .append(question.lessons().size() == 1 ? "Lesson " : "Lessons ")
        .append(HtmlRendering.escapeText(String.join(", ", question.lessons())))
        .append("</span>");
    for (String tag : question.tags()) {
      out.append(" <span class=\"tag\">").append(HtmlRendering.escapeText(tag)).append("</span>");
    }
    out.append(
            "</p>\n<details class=\"answer\">\n<summary>Model answer<span class=\"visually-hidden\">")
        .append(" to ")
        .append(label)
        .append("</span></summary>\n<div class=\"answer-body\">\n")
        .append(
            HtmlRendering.html(
                    parsed.answer(), images.forSection(section.id()), StudyPagePolicy.POLICY)
                .strip())
        .append("\n</div>\n</details>\n")
        .append("<div class=\"marks\" role=\"group\" aria-label=\"Your mark for ")
        .append(label)
        .append("\" hidden>")
        .append("<button type=\"button\" class=\"mark mark-known\" data-mark=\"known\"")
        .append(" aria-pressed=\"false\">I knew it</button> ")
        .append("<button type=\"button\" class=\"mark mark-review\" data-mark=\"review\"")
        .append(" aria-pressed=\"false\">Review again</button>")
        .append("</div>\n</article>\n");
  }

  private void footer() {
    out.append("<footer class=\"page-footer\">\n<p>")
        .append(HtmlRendering.escapeText(pack.title()))
        .append(" · ")
        .append(plural(pack.questionCount(), "question"))
        .append(" · built ")
        .append(DATE.format(context.timestamp()))
        .append("</p>\n</footer>\n");
  }

  /** Bank-level Markdown (description, instructions): images are relative to the bank folder. */
  private String markdown(String text) {
    return HtmlRendering.html(Markdown.parse(text), images.from("."), StudyPagePolicy.POLICY)
        .strip();
  }

  private static String chip(Difficulty difficulty) {
    return "<span class=\"chip chip-"
        + difficulty.name().toLowerCase(Locale.ROOT)
        + "\">"
        + difficulty.name()
        + "</span>";
  }

  private static String sectionAnchor(Section section) {
    return "s-" + HtmlRendering.escapeText(section.id());
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
