// The build failed on the unknown name, said which property holds it, listed the valid names, and did no work.
def log = new File(basedir, 'build.log').text

assert log.contains("Unknown scenario 'nope' in decibench.scenarios")
assert log.contains('valid scenarios: daily, hourly, minute')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/decibench/bundles').exists() : 'no bundle may be generated for an invalid selection'
assert !new File(basedir, 'target/decibench/benchmark-results.json').exists()
return true
