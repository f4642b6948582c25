package io.github.questionbank.export.anki;

/**
 * The card of the package's note type: "say your answer, then flip". The front shows the question
 * with its difficulty chip, section and lessons, and asks the learner to answer aloud before
 * flipping; the back repeats the front (without the hint) and adds the answer below Anki's {@code
 * <hr id=answer>}, where Anki scrolls to when the card flips.
 *
 * <p>The chip's class comes from the Difficulty field ({@code chip-LOW}, {@code chip-MEDIUM},
 * {@code chip-HIGH}), so that {@link CardStyle} can colour it. {@code {{Tags}}} is never used: Anki
 * reserves that name for the note's own tags when it renders a card.
 */
final class CardTemplate {

  static final String NAME = "Say your answer, then flip";

  static final String FRONT =
      """
      <div class="qb">
      <div class="qb-head"><span class="qb-chip chip-{{Difficulty}}">{{Difficulty}}</span>\
      <span class="qb-section">{{Section}}</span></div>
      {{#Lessons}}<div class="qb-lessons">{{Lessons}}</div>{{/Lessons}}
      <div class="qb-question">{{Question}}</div>
      <div class="qb-hint">Say your answer out loud, then flip the card.</div>
      </div>""";

  static final String BACK =
      """
      <div class="qb-back">{{FrontSide}}</div>
      <hr id=answer>
      <div class="qb qb-answer">{{Answer}}</div>
      <div class="qb qb-id">{{Id}}</div>""";

  private CardTemplate() {}
}
