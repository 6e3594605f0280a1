// setup-bundles never deletes a file it did not write: the folder is refused with the fix, the notes survive.
def log = new File(basedir, 'build.log').text
def folder = new File(basedir, 'target/decibench/bundles/profiling-hourly')

assert log =~ /\[ERROR\] Failed to execute goal io\.decibench:decibench-maven-plugin:[^:]+:setup-bundles/
assert log.contains('Folder ' + folder.path + ' is not a Decibench bundle: it holds mynotes.txt, which Decibench did'
        + ' not write')
assert log.contains('nothing was deleted. Fix: move your files out of ' + folder.path)
assert new File(folder, 'mynotes.txt').text == 'my own notes\n'
assert folder.list() as List == ['mynotes.txt']
return true
