// The pom beats -D (and says so); check's -Ddecibench.target decides the verdict; the results file is not rewritten.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// 1: the shadowed property is named with both values and the fix, and the pom's 3 rounds ran.
assert log.contains('[WARNING] -Ddecibench.runs=2 has no effect: the pom sets <runs>3</runs> in this plugin\'s'
        + ' <configuration>, and a pom setting wins over a user property.')
assert log.contains('<decibench.runs>3</decibench.runs>')
assert log.contains('forks: hourly x float,decimal, 3 rounds')
assert log =~ /Run verdict: (MISSED|INCONCLUSIVE) \(decimal, the cheapest exact mode, against the 30% target\)/

// 2: a target far above BigDecimal's overhead is met.
assert log.contains('Target verdicts judged against decibench.target=100000%')
assert log.contains('Run verdict: MET (decimal, the cheapest exact mode, against the 100000% target)')

// 3: a 1% target is missed, and the build fails on it.
assert log.contains('Run verdict: MISSED (decimal, the cheapest exact mode, against the 1% target)')
assert log =~ /\[ERROR\] Failed to execute goal io\.decibench:decibench-maven-plugin:[^:]+:check \(default-cli\).*Overhead target missed/

// check judges; it never rewrites what the benchmark recorded.
def r = new JsonSlurper().parse(new File(basedir, 'target/decibench/benchmark-results.json'))
assert r.settings.targetPercent == 30
assert r.settings.runs == 3
return true
