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

// Anki notes after the header lines: question and answer first, each row ends with its GUID
// (answers may span lines).
def rows = { name -> new File(out, name).readLines('UTF-8').findAll { it ==~ /.*\tqb[0-9a-f]{32}/ } }
assert rows('security-senior.anki.csv').size() == 2
// Each note's deck is its third column, numbered by the section's place in the bank, so that Anki
// lists the subdecks in the bank's order (the PKCE answer spans two lines: count in the whole file).
assert new File(out, 'security-senior.anki.csv').getText('UTF-8').count('\tSecurity, senior level::02 Security\t') == 2
// http-cards: the questions tagged http, from both sections.
assert rows('http-cards.anki.csv').size() == 3

// bank:validate ran first in this build: the export reuses its checked bank instead of reading it again.
assert log.contains('Question bank: the 7 files bank:validate checked in this build are unchanged: not read again')
assert !log.contains('Question bank: read and checked')
assert log.contains('Wrote security-senior.pdf (pdf, pack security-senior: 2 questions')
assert log.contains('Wrote http-cards.anki.csv (anki-csv, pack http-cards: 3 questions')
assert new File(out, 'security-senior.pdf').bytes[0..4] == '%PDF-'.bytes.toList()

// The Anki package (a default format): a zip of the SQLite collection and the media map.
def apkg = new java.util.zip.ZipFile(new File(out, 'security-senior.apkg'))
// The PKCE answer shows an image: the package carries it once, as entry "0" of the media map,
// under the flat name the notes use.
def image = new File(basedir, 'src/bank/questions/security/img/pkce-flow.png')
assert apkg.entries().toList()*.name == ['collection.anki2', 'media', '0']
assert apkg.getInputStream(apkg.getEntry('collection.anki2')).readNBytes(16) == 'SQLite format 3\0'.bytes
def media = new groovy.json.JsonSlurper().parseText(apkg.getInputStream(apkg.getEntry('media')).text)
assert media.keySet() == ['0'] as Set
assert media['0'] ==~ /pkce-flow-[0-9a-f]{12}\.png/
assert apkg.getInputStream(apkg.getEntry('0')).bytes == image.bytes
apkg.close()
// The CSV's images sit beside it under the same name; the study page embeds the image.
assert new File(out, "security-senior.media/${media['0']}").bytes == image.bytes
assert new File(out, 'security-senior.anki.csv').getText('UTF-8').contains("src=\"\"${media['0']}\"\"")
assert log.contains('Wrote security-senior.apkg (anki-apkg, pack security-senior: 2 questions')
// The study page: one file, its two questions in panels, nothing it would have to load.
def page = new File(out, 'security-senior.html').getText('UTF-8')
assert page.startsWith('<!DOCTYPE html>')
assert page.count('<details class="answer">') == 2
assert page.contains("default-src 'none'")
assert !(page =~ /\ssrc="(?!data:)/)
// The URI is written as it is: no character references for + or =.
def sources = (page =~ /<img src="([^"]*)"/).collect { it[1] }
assert sources == ['data:image/png;base64,' + image.bytes.encodeBase64()]
assert log.contains('Wrote security-senior.html (html, pack security-senior: 2 questions')
true
