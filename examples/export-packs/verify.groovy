// Each pack is written in its formats, holding exactly the questions it selects.
def out = new File(basedir, 'target/bank')
def log = new File(basedir, 'build.log').text

['security-senior.pdf', 'security-senior-practice.pdf', 'security-senior.anki.csv',
 'security-senior.xlsx', 'security-senior.apkg', 'security-senior.html'].each {
  assert new File(out, it).isFile() : "missing ${it}"
}
assert new File(out, 'http-cards.anki.csv').isFile()
assert !new File(out, 'http-cards.pdf').exists() : 'http-cards asks for anki-csv only'
assert !new File(out, 'http-cards.apkg').exists() : 'http-cards asks for anki-csv only'
assert !new File(out, 'http-cards.html').exists() : 'http-cards asks for anki-csv only'
assert !new File(out, 'pack-demo.pdf').exists() : 'with <packs>, there is no whole-bank pack'

// Anki notes after the header lines: each starts with its GUID (answers may span lines).
def rows = { name -> new File(out, name).readLines('UTF-8').findAll { it ==~ /^qb[0-9a-f]{32}\t.*/ } }
assert rows('security-senior.anki.csv').size() == 2
assert rows('security-senior.anki.csv').every { it.contains('Security, senior level::Security') }
// http-cards: the questions tagged http, from both sections.
assert rows('http-cards.anki.csv').size() == 3

assert log.contains('Wrote security-senior.pdf (pdf, pack security-senior: 2 questions')
assert log.contains('Wrote http-cards.anki.csv (anki-csv, pack http-cards: 3 questions')
assert new File(out, 'security-senior.pdf').bytes[0..4] == '%PDF-'.bytes.toList()

// The Anki package (a default format): a zip of the SQLite collection and the media map.
def apkg = new java.util.zip.ZipFile(new File(out, 'security-senior.apkg'))
assert apkg.entries().toList()*.name == ['collection.anki2', 'media']
assert apkg.getInputStream(apkg.getEntry('collection.anki2')).readNBytes(16) == 'SQLite format 3\0'.bytes
assert apkg.getInputStream(apkg.getEntry('media')).text == '{}'
apkg.close()
assert log.contains('Wrote security-senior.apkg (anki-apkg, pack security-senior: 2 questions')
// The study page: one file, its two questions in panels, nothing it would have to load.
def page = new File(out, 'security-senior.html').getText('UTF-8')
assert page.startsWith('<!DOCTYPE html>')
assert page.count('<details class="answer">') == 2
assert page.contains("default-src 'none'")
assert !(page =~ /\ssrc="(?!data:)/)
assert log.contains('Wrote security-senior.html (html, pack security-senior: 2 questions')
true
