// The decimal run threw: the build failed naming scenario, class, mode and the cause, and wrote no results.
def log = new File(basedir, 'build.log').text

assert log.contains("Scenario 'exploding' (class com.example.Exploding) in mode decimal failed while running on bundle"
        + " 'it-minute': java.lang.ArithmeticException: decimal bug: division by zero in session 3")
assert log.contains('-Ddecibench.scenarios=exploding -Ddecibench.modes=decimal')
// One message, naming the fork's log and exit code; no second, misleading line about an unusable result.
assert log =~ /JMH fork \d\/2 \(exploding \/ decimal, round 1\) failed: Scenario 'exploding'/
assert log.contains('exit code 1; full log: ' + new File(basedir, 'target/decibench/forks').path + '/00')
assert !log.contains('is unusable')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/decibench/benchmark-results.json').exists()
assert !new File(basedir, 'target/decibench/overhead-report.md').exists()
return true
