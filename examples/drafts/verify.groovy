// A question marked draft: true is checked with the others (its TODO answer is allowed), counted on
// the line after the summary, and in no output: not in the PDFs' text, the Anki file or the page.
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/bank')
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] Question bank: 0 errors and 0 warnings in 6 files')
assert log.contains('[INFO] Question bank: 1 draft, not exported')
// The export reuses the validation of this build: the count is printed once.
assert log.count('1 draft, not exported') == 1
assert !log.contains('[empty-answer]')

def draft = 'idempotency key make a POST'
def texts = [:]
['http-basics.pdf', 'http-basics-practice.pdf'].each { name ->
  def document = Loader.loadPDF(new File(out, name))
  try {
    texts[name] = new PDFTextStripper().getText(document).replaceAll(/\s+/, ' ')
  } finally {
    document.close()
  }
}
['http-basics.anki.csv', 'http-basics.html'].each { texts[it] = new File(out, it).getText('UTF-8') }
texts.each { name, text ->
  assert text.contains('When do you answer') : "${name} holds the published questions"
  assert !text.contains(draft) && !text.contains('safe-retries') : "${name} holds the draft"
}
// The counts leave the draft out: the cover counts three questions, the Anki file has three notes.
assert texts['http-basics.pdf'].contains('3 questions in 2 sections')
assert log.contains('Wrote http-basics.anki.csv (anki-csv, pack http-basics: 3 questions')
true
