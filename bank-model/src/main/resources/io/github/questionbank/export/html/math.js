// Typesets the page's formulas: each span.math holds its TeX between \( \) or \[ \] (what Anki's
// MathJax reads too). KaTeX builds the formula with DOM calls, which the page's CSP allows; a
// formula it cannot read shows its TeX in red instead of stopping the others.
(function () {
  "use strict";
  var formulas = document.querySelectorAll("span.math");
  for (var i = 0; i < formulas.length; i++) {
    var span = formulas[i];
    var source = span.textContent;
    span.setAttribute("data-tex", source);
    try {
      katex.render(source.slice(2, -2), span, {
        displayMode: span.classList.contains("math-display"),
        throwOnError: false
      });
    } catch (e) {
      span.textContent = source;
    }
  }
})();
