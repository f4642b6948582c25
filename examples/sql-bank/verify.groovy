// A code-heavy bank, read back with PDFBox: code and tables that fit on a page are not split, short
// table words are not broken, links print their addresses, and practiceLines=4 makes a shorter
// practice booklet than auto.
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/bank')
['sql-bank.pdf', 'sql-bank-practice.pdf', 'sql-bank.anki.csv', 'sql-bank.xlsx', 'sql-bank.apkg',
 'sql-bank.html'].each { assert new File(out, it).isFile() : "missing ${it}" }
assert log.contains('Question bank: 0 errors')
assert log.contains('Wrote sql-bank.pdf (pdf, pack sql-bank: 12 questions')
def booklet = new File(basedir, 'target/booklet/sql-bank-practice.pdf')
assert booklet.isFile()
assert !new File(basedir, 'target/booklet/sql-bank.pdf').exists() : 'the booklet asks for practice-pdf only'

/** Each page's text (sorted by position, as a reader reads it), whitespace collapsed. */
def pages = { File file ->
  def document = Loader.loadPDF(file)
  try {
    def stripper = new PDFTextStripper()
    stripper.sortByPosition = true
    (1..document.numberOfPages).collect { n ->
      stripper.startPage = n
      stripper.endPage = n
      stripper.getText(document).replace('\u00a0', ' ')
    }
  } finally {
    document.close()
  }
}
def flat = { String text -> text.replaceAll(/\s+/, ' ') }
def pagesWith = { List<String> texts, String needle -> (1..texts.size()).findAll { flat(texts[it - 1]).contains(needle) } }

def handout = pages(new File(out, 'sql-bank.pdf'))
def all = flat(handout.join('\n'))

// The bare URL prints as written; links print their address as a note; so does the mailto link
// of the bank's instructions, without its "mailto:".
assert all.contains('https://www.postgresql.org/docs/current/sql-select.html')
assert all.contains('https://www.postgresql.org/docs/current/tutorial-window.html')
assert all.contains('https://martinfowler.com/eaaCatalog/optimisticOfflineLock.html')
assert all.contains('data-team@example.com')

// Short words in table cells stay whole on one line.
assert handout.any { it.contains('FOR UPDATE SKIP LOCKED') }
assert handout.any { it.contains('55P03 lock_not_available') }
assert !all.contains('SKIP L OCKED')

// The 34-line Java method fits on a page, so it is all on one.
def start = pagesWith(handout, 'public long importOrders(DataSource dataSource')
def end = pagesWith(handout, 'stopped after')
assert start.size() == 1 && start == end : "importOrders starts on ${start} and ends on ${end}"

// A question's heading is on the page of its answer's first words.
assert pagesWith(handout, 'What do NOWAIT and SKIP LOCKED change') ==
    pagesWith(handout, 'Both change what happens when another transaction')

// The practice booklet with four lines a question takes fewer pages than the default.
def practice = pages(new File(out, 'sql-bank-practice.pdf'))
def fourLines = pages(booklet)
assert fourLines.size() < practice.size() : "booklet ${fourLines.size()} pages, default ${practice.size()}"
assert flat(fourLines.join('\n')).contains('Q12')
true
