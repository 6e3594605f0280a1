// The decimal run threw: the build failed naming scenario, class, mode and the cause, and wrote no results.
def log = new File(basedir, 'build.log').text

assert log.contains("Scenario 'exploding' (class com.example.Exploding) in mode decimal failed while running on bundle"
        + " 'it-minute': java.lang.ArithmeticException: decimal bug: division by zero in session 3")
assert log.contains('-Ddecibench.scenarios=exploding -Ddecibench.modes=decimal')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/decibench/benchmark-results.json').exists()
assert !new File(basedir, 'target/decibench/overhead-report.md').exists()
return true
