// A broken baselines file: a clear error with file, position and fix; the file is left byte-identical.
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/test/decibench/baselines.json')

assert log =~ /\[ERROR\] Failed to execute goal io\.decibench:decibench-maven-plugin:[^:]+:check/
assert log =~ /Malformed baselines .*src\/test\/decibench\/baselines\.json at line 7, column \d+: /
assert log.contains('re-create it from the latest results with `mvn decibench:baseline -Ddecibench.baselineReplace=true`')
assert file.bytes == new File(basedir, 'committed-baselines.json').bytes
assert !new File(basedir, 'src/test/decibench/baselines.json.bak').exists()
// The benchmark itself ran; only the gate refused to guess.
assert new File(basedir, 'target/decibench/benchmark-results.json').isFile()
return true
