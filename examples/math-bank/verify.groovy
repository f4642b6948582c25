// Formulas reach every format: typeset in the PDF and on the page, MathJax delimiters for Anki,
// the TeX as written in the workbook; money stays money.
def out = new File(basedir, 'target/bank')
def log = new File(basedir, 'build.log').text
assert log.contains('Question bank: 0 errors and 0 warnings in 5 files')

['math-bank.pdf', 'math-bank-practice.pdf', 'math-bank.anki.csv', 'math-bank.xlsx',
 'math-bank.apkg', 'math-bank.html'].each {
  assert new File(out, it).isFile() : "missing ${it}"
}

// Anki's text import: MathJax's delimiters, with the TeX's characters as written (no character
// references for = or +, so that Anki's search finds them).
def csv = new File(out, 'math-bank.anki.csv').getText('UTF-8')
assert !csv.contains('&#')
assert csv.contains('\\(O(n \\log n)\\)')
assert csv.contains('\\[\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\\]')
assert csv.contains('costs $5 and $10 an hour, or $3.50 on sale')
assert !csv.contains('$O(n')

// The study page carries KaTeX (no network: fonts are data: URIs) and names it in its CSP.
def html = new File(out, 'math-bank.html').getText('UTF-8')
assert html.contains('<span class="math math-inline">\\(O(n \\log n)\\)</span>')
assert html.contains('/*! KaTeX ')
assert html.contains('font-src data:;')
assert !html.contains('unsafe-inline')

// The PDF draws the formulas: their TeX is not in its text.
def pdf = new File(out, 'math-bank.pdf').bytes
assert new String(pdf, 0, 5, 'ISO-8859-1') == '%PDF-'
true
