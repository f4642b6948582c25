// A misspelt section in a pack fails the build with one clear message naming the pack.
def log = new File(basedir, 'build.log').text
assert log.contains("Invalid <packs> configuration: pack 'security-senior': unknown section 'securty' (did you mean 'security'?)")
assert !new File(basedir, 'target/bank/security-senior.pdf').exists()
assert !new File(basedir, 'target/bank/security-senior.html').exists()
assert !log.contains('\tat io.github.questionbank') : 'no stack trace'
true
