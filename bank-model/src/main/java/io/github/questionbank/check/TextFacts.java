package io.github.questionbank.check;

import com.vladsch.flexmark.util.ast.Document;
import io.github.questionbank.markdown.Finding;
import io.github.questionbank.markdown.LocalImages;
import io.github.questionbank.markdown.LocalImages.LocalImage;
import io.github.questionbank.markdown.Markdown;
import io.github.questionbank.markdown.MarkdownLimitException;
import io.github.questionbank.markdown.MarkdownLimits;
import io.github.questionbank.markdown.MathFormulas;
import io.github.questionbank.markdown.UnsafeContent;
import java.util.List;
import java.util.Optional;

/**
 * What the rules need to know of one Markdown text, taken from its tree in one pass: whether it
 * could be parsed within the limits, the unsafe content, local images and broken formulas it holds
 * (with their offsets in the text), and its plain text. Small, so that the facts of 100,000 answers
 * fit where their trees would not.
 *
 * @param tooComplex why the text was not parsed ({@link MarkdownLimits}), if it was not
 * @param unsafe raw HTML and script links
 * @param images local images
 * @param math formulas that cannot be typeset
 * @param plainText the text without its Markdown, for a question's text (which rules compare);
 *     empty for an answer
 * @param unprintable the characters the PDF would print as blanks, each once
 */
public record TextFacts(
    Optional<String> tooComplex,
    List<Finding> unsafe,
    List<LocalImage> images,
    List<Finding> math,
    Optional<String> plainText,
    List<Finding> unprintable) {

  public TextFacts {
    unsafe = List.copyOf(unsafe);
    images = List.copyOf(images);
    math = List.copyOf(math);
    unprintable = List.copyOf(unprintable);
  }

  /**
   * The facts of a text's tree; with its plain text if asked (only a question's is ever compared).
   */
  static TextFacts of(String text, Document tree, boolean withPlainText) {
    return new TextFacts(
        Optional.empty(),
        UnsafeContent.find(tree),
        LocalImages.find(tree),
        MathFormulas.problems(tree),
        withPlainText ? Optional.of(Markdown.plainText(tree)) : Optional.empty(),
        UnprintableCharacters.find(text, tree));
  }

  /** The facts of a text that could not be parsed: only why, and the text as written. */
  static TextFacts tooComplex(MarkdownLimitException e, String text, boolean withPlainText) {
    return new TextFacts(
        Optional.of(e.getMessage()),
        List.of(),
        List.of(),
        List.of(),
        withPlainText ? Optional.of(text) : Optional.empty(),
        List.of());
  }
}
