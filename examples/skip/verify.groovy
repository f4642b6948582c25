// Skipped: nothing is checked, nothing is written, the build passes.
def log = new File(basedir, 'build.log').text
assert log.contains('Skipping question bank validation (bank.skip=true)')
assert !log.contains('missing-file')
assert !new File(basedir, 'target/bank/validation.sarif').exists()
assert log.contains('BUILD SUCCESS')
true
