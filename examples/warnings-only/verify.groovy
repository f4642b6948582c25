// Warnings are reported at their place, and the build still passes.
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] src/bank/lessons.yaml:6:5: warning: lesson '03' is not used by any question")
// A character no PDF font has is found by validation, at its own line and column; the emoji the
// fonts have are not reported.
def glyph = 'src/bank/questions/basics/010-idempotency.md:11:25: warning: character \'冪\' (U+51AA) is in no embedded font'
assert log.contains('[WARNING] ' + glyph)
assert log.contains('[WARNING] src/bank/questions/basics/010-idempotency.md:11:26: warning: character \'等\' (U+7B49)')
assert !log.contains('U+2705') && !log.contains('U+274C')
// The export reuses the validation of this build: each warning is in the log once, and the PDF is
// written (the warnings do not stop it without failOnWarning).
assert log.count('U+51AA') == 1
assert log.count("lesson '03' is not used") == 1
assert new File(basedir, 'target/bank/http-basics.pdf').isFile()
assert log.contains('[WARNING] Question bank: 0 errors and 3 warnings in 5 files')
assert log.contains('BUILD SUCCESS')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/bank/validation.sarif'))
def region = sarif.runs[0].results.find { it.ruleId == 'missing-glyph' }.locations[0].physicalLocation.region
assert region.startLine == 11 && region.startColumn == 25
true
