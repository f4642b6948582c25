// A public, code-heavy bank with emoji and tables validates and exports clean: no character is
// missing from the PDF's fonts (failOnWarning would have stopped the build), every default format
// is written, and the PDF embeds the emoji and symbol fonts next to Liberation.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/bank')

assert !log.contains('missing-glyph') : 'a character would print as a blank in the PDF'
assert log.contains('Question bank: 0 errors and 0 warnings in 38 files')
def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'validation.sarif'))
assert sarif.runs[0].results.isEmpty()

['pdf', '-practice.pdf', '.anki.csv', '.xlsx', '.apkg', '.html'].collect {
  'react-interview-questions' + (it.startsWith('pdf') ? '.' + it : it)
}.each {
  def file = new File(out, it)
  assert file.isFile() && file.length() > 0 : "missing ${it}"
  assert log.contains("Wrote ${it} (") : "the log does not name ${it}"
}

// The PDF names its fonts in its own bytes (subset-prefixed BaseFont names): the emoji and symbol
// fonts are embedded because answers use them.
def pdf = new File(out, 'react-interview-questions.pdf').getText('ISO-8859-1')
assert pdf.startsWith('%PDF-')
assert pdf =~ /\/BaseFont\s*\/[A-Z]{6}\+NotoEmoji/
assert pdf =~ /\/BaseFont\s*\/[A-Z]{6}\+DejaVuSans/
assert pdf =~ /\/BaseFont\s*\/[A-Z]{6}\+LiberationMono/
// Keywords bold, comments italic: the highlighted code's faces are embedded too.
assert pdf =~ /\/BaseFont\s*\/[A-Z]{6}\+LiberationMono-Bold/
assert pdf =~ /\/BaseFont\s*\/[A-Z]{6}\+LiberationMono-Italic/

// The code is coloured: token classes on the study page (coloured by its style sheet), inline
// colours in the CSV (Anki's stock note type has no style sheet of ours).
def html = new File(out, 'react-interview-questions.html').getText('UTF-8')
assert html.contains('<code class="language-jsx"><span class="tok-keyword">')
assert html =~ /<span class="tok-tag">div<\/span>/
assert html.contains('.tok-keyword { color:#cf222e;font-weight:bold; }')
def csv = new File(out, 'react-interview-questions.anki.csv').getText('UTF-8')
assert csv.contains('<span style=""color:#cf222e;font-weight:bold"">const</span>')
assert !csv.contains('class=""tok-')
true
