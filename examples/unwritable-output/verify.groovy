// A plain file where the output folder should be: one line names the path and the reason (Maven
// appends the system's own message, the absolute path).
def log = new File(basedir, 'build.log').text
assert log.contains(': Cannot read or write not-a-folder: a file of that name is in the way of a folder: move it, or choose another <outputDirectory>')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'not-a-folder').isFile() : 'the file in the way is left alone'
true
