// A user's own file where Decibench would put the profiling-hourly bundle.
def folder = new File(basedir, 'target/decibench/bundles/profiling-hourly')
folder.mkdirs()
new File(folder, 'mynotes.txt').text = 'my own notes\n'
return true
