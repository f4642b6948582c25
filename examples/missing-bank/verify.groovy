// No src/bank: one line says where the plugin looked and how to point it elsewhere.
def log = new File(basedir, 'build.log').text
assert log.contains(': No question bank at src/bank: create it with bank.yaml, lessons.yaml and questions/, or point the plugin at your bank with <directory> in the POM or -Dbank.directory=... -> [Help 1]')
assert log.contains('BUILD FAILURE')
true
