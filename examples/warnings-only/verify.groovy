// A warning is reported at its place, and the build still passes.
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] src/bank/lessons.yaml:6:5: warning: lesson '03' is not used by any question")
assert log.contains('[WARNING] Question bank: 0 errors and 1 warning in 5 files')
assert log.contains('BUILD SUCCESS')
true
