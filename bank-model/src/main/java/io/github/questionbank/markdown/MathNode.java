package io.github.questionbank.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;

/**
 * A TeX formula in Markdown: {@code $...$} or {@code \(...\)} inline, {@code $$...$$} or {@code
 * \[...\]} displayed. Its text is TeX, never Markdown; its offsets are those of the formula as
 * written, delimiters included, so a problem with it is reported where the author wrote it.
 */
public final class MathNode extends Node implements TextContainer {

  private final BasedSequence opening;
  private final BasedSequence tex;
  private final BasedSequence closing;

  MathNode(BasedSequence opening, BasedSequence tex, BasedSequence closing) {
    super(opening.baseSubSequence(opening.getStartOffset(), closing.getEndOffset()));
    this.opening = opening;
    this.tex = tex;
    this.closing = closing;
  }

  /** The formula's TeX, without its delimiters. */
  public String tex() {
    return tex.toString();
  }

  /** Whether it is displayed on a line of its own ({@code $$} or {@code \[}). */
  public boolean isDisplay() {
    return opening.length() == 2 && opening.charAt(opening.length() - 1) != '(';
  }

  /** The formula as the author wrote it, delimiters included: its plain text. */
  public String source() {
    return getChars().toString();
  }

  @Override
  public BasedSequence[] getSegments() {
    return new BasedSequence[] {opening, tex, closing};
  }

  /** Plain text (duplicate questions compare it) keeps the formula as written. */
  @Override
  public boolean collectText(
      ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
      int flags,
      NodeVisitor nodeVisitor) {
    out.append(getChars());
    return false;
  }
}
