// A valid bank passes with no diagnostic and leaves a SARIF report with no results.
def log = new File(basedir, 'build.log').text
assert log.contains('Question bank: 0 errors and 0 warnings in 5 files')
assert !log.contains('[WARNING] src/bank')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/bank/validation.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
assert sarif.runs[0].tool.driver.rules*.id.containsAll(['schema', 'duplicate-id', 'raw-html'])
true
