// With failOnWarning, the same warning fails the build and says why.
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] src/bank/lessons.yaml:6:5: warning: lesson '03' is not used by any question")
assert log.contains('0 errors and 1 warning in 5 files (warnings fail the build because bank.failOnWarning is true)')
assert log.contains('BUILD FAILURE')
true
