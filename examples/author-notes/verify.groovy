// HTML comments are author notes: no finding, and no output carries a word of them.
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper

def log = new File(basedir, 'build.log').text
assert log.contains('Question bank: 0 errors and 0 warnings in 4 files')
def out = new File(basedir, 'target/bank')

// What each format shows its reader: the PDFs' text, the other files' text (the workbook and the
// Anki package are zips: every entry, the package's SQLite collection stores its fields as UTF-8).
def pdfText = { file ->
  def document = Loader.loadPDF(file)
  try {
    def titles = []
    def walk
    walk = { node -> node?.children()?.each { titles << it.title; walk(it) } }
    walk(document.documentCatalog.documentOutline)
    new PDFTextStripper().getText(document) + titles.join('\n')
  } finally {
    document.close()
  }
}
def zipText = { file ->
  def zip = new java.util.zip.ZipFile(file)
  try {
    zip.entries().toList().collect { new String(zip.getInputStream(it).bytes, 'UTF-8') }.join('\n')
  } finally {
    zip.close()
  }
}
def texts = [
  'notes-demo.pdf'          : pdfText(new File(out, 'notes-demo.pdf')),
  'notes-demo-practice.pdf' : pdfText(new File(out, 'notes-demo-practice.pdf')),
  'notes-demo.anki.csv'     : new File(out, 'notes-demo.anki.csv').getText('UTF-8'),
  'notes-demo.apkg'         : zipText(new File(out, 'notes-demo.apkg')),
  'notes-demo.xlsx'         : zipText(new File(out, 'notes-demo.xlsx')),
  'notes-demo.html'         : new File(out, 'notes-demo.html').getText('UTF-8'),
]
texts.each { name, text ->
  assert !text.contains('NOTE-MARK') : "a note reached ${name}"
  assert !text.contains('markdownlint') : "a note reached ${name}"
  assert text.contains('idempotent') : "${name} lost the text around the notes"
}
['notes-demo.pdf', 'notes-demo.anki.csv', 'notes-demo.html'].each {
  assert texts[it].replaceAll(/\s+/, ' ').contains('replaces') : "${it} lost the list after a note"
}
// A comment inside a code span is text, and shows (the PDF keeps a code span's spaces as no-break
// spaces).
assert texts['notes-demo.pdf'].replace('\u00A0', ' ').contains('<!-- shown -->')
assert texts['notes-demo.anki.csv'].contains('&lt;!-- shown --&gt;')
true
