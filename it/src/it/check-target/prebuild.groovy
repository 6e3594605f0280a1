// The results a benchmark of this project recorded, with a decimal overhead of +450% [+300%, +600%]: fixed numbers,
// so that the verdicts below do not depend on how loaded the machine running the test is.
def out = new File(basedir, 'target/decibench')
out.mkdirs()
new File(out, 'benchmark-results.json').bytes = new File(basedir, 'recorded-results.json').bytes
return true
