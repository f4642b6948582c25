// The broken formula is one math error at its line and column; money and the good formula pass.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/bank/questions/basics/010-half.md:9:7: error: formula '\$\\frac{1}{\$' has a '{' that is never closed: add the missing '}' [math]")
assert log.contains('[ERROR] Question bank: 1 error and 0 warnings in 3 files')
assert !log.contains('Exception') || !log.contains('\tat ') : 'no stack trace'
true
