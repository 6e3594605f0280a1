// The build failed on a class that implements no SPI, naming it and both interfaces it could implement.
def log = new File(basedir, 'build.log').text

assert log.contains("Scenario class com.example.Plain (scenario 'plain') implements neither io.decibench.kernel.spi.Scenario")
assert log.contains('io.decibench.kernel.spi.ModeSpecificScenario')
assert log.contains('Fix: implement one of them')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/decibench/bundles').exists()
assert !new File(basedir, 'target/decibench/benchmark-results.json').exists()
return true
