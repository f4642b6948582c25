package io.github.questionbank.export.pdf;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import io.github.questionbank.markdown.Markdown;
import io.github.questionbank.markdown.PlainText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text page by page in reading order (sorted by position, so that text drawn in tables
 * comes where a reader sees it), without the running footer, and as words, to find on which page a
 * passage is.
 */
final class PageWords {

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final int PASSAGE_WORDS = 12;

  private final List<String> pages;
  private final List<String> words = new ArrayList<>();
  private final List<Integer> pageOfWord = new ArrayList<>();

  private PageWords(List<String> pages) {
    this.pages = pages;
    for (int page = 1; page <= pages.size(); page++) {
      for (String word : words(pages.get(page - 1))) {
        words.add(word);
        pageOfWord.add(page);
      }
    }
  }

  /** Reads every page, dropping the footer ("Page x of y" and {@code footerTitle}). */
  static PageWords of(PDDocument document, String footerTitle) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    List<String> pages = new ArrayList<>();
    for (int page = 1; page <= document.getNumberOfPages(); page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      String text = PdfReading.normalize(stripper.getText(document));
      text = text.replace(footerTitle, " ").replaceAll("Page \\d+ of \\d+", " ");
      pages.add(PdfReading.normalize(text));
    }
    return new PageWords(pages);
  }

  /** One page's text (1-based). */
  String text(int page) {
    return pages.get(page - 1);
  }

  /** The text of pages {@code from} to {@code to}, inclusive. */
  String text(int from, int to) {
    return String.join(" ", pages.subList(from - 1, to));
  }

  /** The pages on which {@code passage} starts, in order; empty if it is nowhere. */
  List<Integer> pagesOf(List<String> passage) {
    Set<Integer> found = new LinkedHashSet<>();
    for (int start = 0; start + passage.size() <= words.size(); start++) {
      if (words.subList(start, start + passage.size()).equals(passage)) {
        found.add(pageOfWord.get(start));
      }
    }
    return List.copyOf(found);
  }

  static List<String> words(String text) {
    return Arrays.stream(WORD_SEPARATORS.split(text)).filter(w -> !w.isEmpty()).toList();
  }

  static String join(List<String> words) {
    return String.join(" ", words);
  }

  /** Inline Markdown (a question) as the text a reader sees. */
  static String plain(String markdown) {
    return PdfReading.normalize(PlainText.of(Markdown.parse(markdown)));
  }

  /**
   * Runs of an answer's prose that no other text has: the first words of its first text run, and
   * the last words of its longest one. Code and tables are left out, as wrapping and columns
   * interleave their words in extracted text.
   */
  static List<List<String>> distinctivePassages(String answerMarkdown) {
    List<List<String>> runs = new ArrayList<>();
    for (Node node : Markdown.parse(answerMarkdown).getDescendants()) {
      if (node instanceof Text text && !insideCodeOrTable(node)) {
        List<String> run = words(text.getChars().unescape());
        if (run.size() >= 5) {
          runs.add(run);
        }
      }
    }
    if (runs.isEmpty()) {
      return List.of();
    }
    List<String> first = runs.get(0);
    List<String> longest = runs.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
    Set<List<String>> passages = new LinkedHashSet<>();
    passages.add(first.subList(0, Math.min(PASSAGE_WORDS, first.size())));
    passages.add(longest.subList(Math.max(0, longest.size() - PASSAGE_WORDS), longest.size()));
    return List.copyOf(passages);
  }

  private static boolean insideCodeOrTable(Node node) {
    for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof Code
          || parent instanceof FencedCodeBlock
          || parent instanceof IndentedCodeBlock
          || parent instanceof TableBlock) {
        return true;
      }
    }
    return false;
  }
}
