package io.github.questionbank.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * The formulas of a text, checked and typeset with JLaTeXMath, so that validation refuses exactly
 * what the PDF could not draw. JLaTeXMath keeps its macros and fonts in static state that is not
 * safe to share between threads, so every use goes through one lock: formulas are rare and quick
 * (well under a millisecond each once its fonts are loaded), and a text without math never gets
 * here.
 *
 * <p>JLaTeXMath forgives an unclosed group ({@code \frac{1}{} draws a fraction with an empty
 * denominator) where KaTeX and MathJax refuse it, so the groups and environments are checked here
 * first: a formula that reads differently in the page and in the PDF is an author's mistake.
 */
public final class MathFormulas {

  /** The longest formula accepted, in characters: a page of TeX. */
  static final int MAX_CHARS = 4096;

  /** The deepest nesting of groups accepted: JLaTeXMath recurses once per level. */
  static final int MAX_DEPTH = 64;

  private static final Object JLATEXMATH = new Object();

  private static final String TOO_DEEP =
      "nests commands too deeply for the typesetter: simplify it";

  private MathFormulas() {}

  /**
   * Why each formula of a tree cannot be typeset, at the formula's offset; most texts have none.
   */
  public static List<Finding> problems(Node tree) {
    CharSequence text = tree.getChars();
    if (!mayHoldMath(text)) {
      return List.of();
    }
    List<Finding> problems = new ArrayList<>();
    for (Node node : tree.getDescendants()) {
      if (node instanceof MathNode math) {
        problem(math.tex())
            .ifPresent(
                why ->
                    problems.add(
                        new Finding(node.getStartOffset(), quoted(math.source()) + " " + why)));
      }
    }
    return problems;
  }

  /** Cheaper than a walk of the tree: every formula starts with one of these. */
  private static boolean mayHoldMath(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' || c == '\\') {
        return true;
      }
    }
    return false;
  }

  /** Why the TeX cannot be typeset, worded to follow the formula; empty if it can. */
  static Optional<String> problem(String tex) {
    if (tex.length() > MAX_CHARS) {
      return Optional.of(
          "is "
              + tex.length()
              + " characters long; at most "
              + MAX_CHARS
              + " are accepted: split the formula");
    }
    Optional<String> structure = TexStructure.problem(tex, MAX_DEPTH);
    if (structure.isPresent()) {
      return structure;
    }
    synchronized (JLATEXMATH) {
      try {
        new TeXFormula(tex);
        return Optional.empty();
      } catch (RuntimeException e) {
        // ParseException for what it cannot read; anything else is JLaTeXMath tripping over it.
        return Optional.of("cannot be typeset: " + firstLine(e.getMessage()));
      } catch (StackOverflowError e) {
        // Commands nested in each other without braces (\sqrt\sqrt\sqrt...): JLaTeXMath recurses
        // once per level. Only its own frames are unwound, and it keeps no state of the parse.
        return Optional.of(TOO_DEEP);
      }
    }
  }

  /**
   * The formula drawn by JLaTeXMath at a font size, in a colour. Validation refused what cannot be
   * typeset; if it still fails here (a bank that skipped validation), the exception says why.
   *
   * @throws IllegalArgumentException if the TeX cannot be typeset
   */
  public static TeXIcon icon(MathNode math, float size, Color color) {
    Optional<String> problem = problem(math.tex());
    if (problem.isPresent()) {
      throw new IllegalArgumentException(quoted(math.source()) + " " + problem.get());
    }
    synchronized (JLATEXMATH) {
      try {
        TeXIcon icon =
            new TeXFormula(math.tex())
                .createTeXIcon(
                    math.isDisplay() ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, size);
        icon.setForeground(color);
        return icon;
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            quoted(math.source()) + " " + firstLine(e.getMessage()), e);
      } catch (StackOverflowError e) {
        throw new IllegalArgumentException(quoted(math.source()) + " " + TOO_DEEP);
      }
    }
  }

  /**
   * Paints under the same lock: JLaTeXMath reads its shared fonts while drawing.
   *
   * @param paint what draws the icon
   * @throws IllegalArgumentException if the formula nests too deeply to draw
   */
  public static void paint(Runnable paint) {
    synchronized (JLATEXMATH) {
      try {
        paint.run();
      } catch (StackOverflowError e) {
        throw new IllegalArgumentException(TOO_DEEP);
      }
    }
  }

  private static String quoted(String source) {
    String oneLine = source.replaceAll("\\s+", " ");
    return "formula '" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "'";
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "JLaTeXMath could not read it";
    }
    return message.strip().lines().findFirst().orElse(message).strip();
  }
}
