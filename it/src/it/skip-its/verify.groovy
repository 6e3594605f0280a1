// Nothing was measured or gated under any of the three flags; the help goal describes check's parameters.
def log = new File(basedir, 'build.log').text

['skipITs', 'skipTests', 'maven.test.skip=true'].each { flag ->
    assert log.contains("[INFO] Skipping Decibench benchmark (${flag})")
    assert log.contains("[INFO] Skipping Decibench check (${flag})")
}
assert !log.contains('[decibench] ') : 'no fork, no exactness run'
assert !new File(basedir, 'target/decibench/benchmark-results.json').exists()
assert !new File(basedir, 'target/decibench/check-results.json').exists()

// mvn decibench:help -Ddetail -Dgoal=check
assert log.contains('decibench:check')
assert log =~ /targetPercent\s+Overhead target in percent to judge the results against/
assert log.contains('User property: decibench.target')
assert log.contains('User property: skipITs')
return true
