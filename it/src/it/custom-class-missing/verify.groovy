// The build failed on the mistyped class before any work, naming the scenario, the class and the fix.
def log = new File(basedir, 'build.log').text

assert log.contains("Scenario class com.example.Missing of scenario 'mine' was not found on the project's test classpath")
assert log.contains("check <className> in the plugin's <customScenarios> configuration")
assert log.contains('src/test/java')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/decibench/bundles').exists() : 'no bundle may be generated for a bad configuration'
assert !new File(basedir, 'target/decibench/benchmark-results.json').exists()
return true
