// Every mistake is reported in one run, each at its file, line and column, then one summary.
def log = new File(basedir, 'build.log').readLines()
def reported = log.findAll { it ==~ /^\[(ERROR|WARNING)\] src\/.*/ }
                  .collect { it.replaceFirst(/^\[(ERROR|WARNING)\] /, '') }
def expected = new File(basedir, 'expected-diagnostics.txt').readLines().findAll { it }

expected.each { line ->
  assert reported.contains(line) : "expected diagnostic not reported: ${line}"
}
reported.each { line ->
  assert expected.contains(line) : "unexpected diagnostic: ${line}"
}
// Errors at [ERROR], warnings at [WARNING].
assert log.any { it.startsWith('[WARNING] src/bank/lessons.yaml:6:5: warning:') }
assert log.any { it.startsWith('[ERROR] src/bank/bank.yaml:3:23: error:') }
assert log.contains('[ERROR] Question bank: 16 errors and 3 warnings in 11 files')
assert log.any { it.contains('Failed to execute goal') && it.contains('16 errors and 3 warnings in 11 files') }
assert !log.any { it.contains('Exception') && it.startsWith('\tat ') } : 'no stack trace'

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/bank/validation.sarif'))
def results = sarif.runs[0].results
assert results.size() == expected.size()
def first = results.find { it.ruleId == 'unknown-lesson' && it.locations[0].physicalLocation.artifactLocation.uri == 'src/bank/bank.yaml' }
assert first.level == 'error'
assert first.locations[0].physicalLocation.region.startLine == 3
assert first.locations[0].physicalLocation.region.startColumn == 23

// GitHub workflow annotations: one per diagnostic, at the very start of a line of output.
def annotations = log.findAll { it.startsWith('::error ') || it.startsWith('::warning ') }
assert annotations.size() == expected.size()
assert annotations.any { it ==~ /::error file=(.*\/)?src\/bank\/bank.yaml,line=3,col=23,title=unknown-lesson::prerequisite lesson '9' is not in lessons.yaml/ }
assert annotations.any { it ==~ /::warning file=(.*\/)?src\/bank\/lessons.yaml,line=6,col=5,title=unused-lesson::lesson '03' is not used by any question.*/ }
true
