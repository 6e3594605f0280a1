// Baselines four times as fast as this machine: the build fails, naming the regression, and the log shows the table.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/decibench')

assert log.contains('Scaled times and ratios')
assert log =~ /scenario\s+mode\s+metric\s+baseline\s+current\s+change \[95% CI\]\s+verdict/
// Same machine: time is compared. +300% keeps the CI above the warn threshold up to ~59% per-fork noise.
assert log =~ /daily\s+float\s+time\s+[0-9.]+ ms\/op\s+[0-9.]+ ms\/op\s+\+300\.0% \[\+[0-9.]+%, \+[0-9.]+%\]\s+FAIL/
assert log =~ /daily\s+decimal\s+overhead-ratio\s+[0-9.]+\s+[0-9.]+\s+\+300\.0% \[\+[0-9.]+%, \+[0-9.]+%\]\s+FAIL/
assert log.contains('[ERROR] Failed to execute goal io.decibench:decibench-maven-plugin')
assert log =~ /Performance regression against .*baselines\.json: .*daily float time \+300\.0%/
assert log.contains('accept it with `mvn decibench:baseline`')

def rows = new JsonSlurper().parse(new File(out, 'check-results.json')).rows
def time = rows.find { it.mode == 'float' && it.metric == 'time' }
assert time.verdict == 'FAIL' && Math.abs(time.change - 3.0) < 1e-6 && time.changeCiLow > 0.05
assert rows.findAll { it.metric == 'alloc' }.every { it.verdict == 'PASS' }

def xml = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-decibench.xml'))
assert xml.@failures.text().toInteger() >= 2
assert xml.testcase.find { it.@classname == 'decibench.daily.float' && it.@name == 'time' }.failure.size() == 1
return true
