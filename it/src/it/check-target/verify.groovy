// check's -Ddecibench.target decides the verdict without rewriting the results; the pom beats -D, and says so.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// 1: the recorded 30% target is missed, and the build fails on it.
assert log.contains('Run verdict: MISSED — no exact mode meets the 30% target end to end in hourly')
assert log =~ /\[ERROR\] Failed to execute goal io\.decibench:decibench-maven-plugin:[^:]+:check \(default-cli\).*Overhead target missed/

// 2: the same results against a 1000% target: MET, said so, and the build passes.
assert log.contains('Target verdicts judged against decibench.target=1000%, not the target recorded with the results')
assert log.contains('Run verdict: MET — decimal meets the 1000% target end to end in every scenario (hourly)')
assert log =~ /hourly\s+decimal\s+\+450\.0% \[\+300\.0%, \+600\.0%\]\s+MET/

// check judges; it never rewrites what the benchmark recorded.
def r = new JsonSlurper().parse(new File(basedir, 'target/decibench/benchmark-results.json'))
assert r.settings.targetPercent == 30
assert r.verdict.verdict == 'MISSED'
def check = new JsonSlurper().parse(new File(basedir, 'target/decibench/check-results.json'))
assert check.schemaVersion == 1 && check.rows instanceof List

// 3: the shadowed property is named with both values and the fix; the pom's scenario's bundle was generated.
assert log.contains('[WARNING] -Ddecibench.scenarios=minute has no effect: the pom sets <scenarios>hourly</scenarios>'
        + ' in this plugin\'s <configuration>, and a pom setting wins over a user property.')
assert log.contains('<decibench.scenarios>hourly</decibench.scenarios>')
assert log =~ /Bundle profiling-hourly: generated in \d+ ms/
assert !new File(basedir, 'target/decibench/bundles/profiling-minute').exists()
return true
