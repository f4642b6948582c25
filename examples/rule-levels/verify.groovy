// <rules> in the POM: difficulty-order is off, unused-lesson is an error.
def log = new File(basedir, 'build.log').text

// The unused lesson is now an error, and it alone fails the build.
assert log.contains("[ERROR] src/bank/lessons.yaml:6:5: error: lesson '03' is not used by any question: add it to a question's lessons or remove it [unused-lesson]")
assert log.contains('[ERROR] Question bank: 1 error and 0 warnings in 5 files')
assert log.contains('BUILD FAILURE')
assert log.contains('Failed to execute goal io.github.questionbank:bank-maven-plugin:')
assert log.contains(':validate (default) on project rule-levels: 1 error and 0 warnings in 5 files')

// The easier question after a harder one (basics: MEDIUM, then LOW) is not reported at all.
assert !log.contains('[difficulty-order]')
assert !log.contains('020-idempotency.md')
assert !log.contains('\tat io.github.questionbank') : 'no stack trace'

// The SARIF report says the same: the rule list gives the configured levels, the results agree.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/bank/validation.sarif'))
def rules = sarif.runs[0].tool.driver.rules
assert rules.find { it.id == 'difficulty-order' }.defaultConfiguration == [enabled: false, level: 'warning']
assert rules.find { it.id == 'unused-lesson' }.defaultConfiguration == [level: 'error']
assert sarif.runs[0].results.collect { [it.ruleId, it.level] } == [['unused-lesson', 'error']]

// Nothing was exported from a bank that failed validation.
assert !new File(basedir, 'target/bank/rule-levels.html').exists()
true
