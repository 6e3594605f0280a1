// The overflow inside the fork is the message: its own words, the fork's exit code and log; no "unusable" result.
def log = new File(basedir, 'build.log').text
def forkLog = new File(basedir, 'target/decibench/forks/001-hourly-decimal-native.log')

assert log.contains('checksum updated')
assert log =~ /\[INFO\] Bundle profiling-hourly: up to date/
assert log =~ /\[ERROR\] Failed to execute goal io\.decibench:decibench-maven-plugin:[^:]+:benchmark/
assert log =~ /JMH fork 1\/1 \(hourly \/ decimal-native, round 1\) failed: java\.lang\.ArithmeticException: decimal overflow in \S+ for asset SYM000, bar 0 \(session 2024-01-02\) of bundle profiling-hourly/
assert log.contains('exit code 1; full log: ' + forkLog.path)
assert !log.contains('is unusable')
assert forkLog.isFile()
assert forkLog.text.contains('decimal overflow in ')
// -X: the fork's whole command line, with the exact options the measured JVM gets.
assert log =~ /\[DEBUG\] \[decibench\] JMH fork 1\/1 \(hourly \/ decimal-native, round 1\): \S+java .*io\.decibench\.kernel\.bench\.ExitWithParent org\.openjdk\.jmh\.Main .* -jvmArgs -Xmx256m > /
assert !new File(basedir, 'target/decibench/benchmark-results.json').exists()
assert !new File(basedir, '.decibench/history.jsonl').exists()
return true
