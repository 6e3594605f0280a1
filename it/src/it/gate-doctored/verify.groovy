// Baselines ten times as fast as this machine: the build fails, naming the regression, and the log shows the table.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/decibench')

assert log.contains('Scaled times and ratios')
assert log =~ /scenario\s+mode\s+metric\s+baseline\s+current\s+change \[CI\]\s+verdict/
assert log =~ /Regression check \(warn 5%, fail 20%, alloc tolerance 10%; \d+ gated rows, 1 baseline session\)/
// Same machine: time is compared; with one session its interval allows for a 20% session offset, and +900% is still
// proven. The ratio allows for 4%.
assert log =~ /daily\s+float\s+time\s+[0-9.]+ ms\/op\s+[0-9.]+ ms\/op\s+\+900\.0% \[\+[0-9.]+%, \+[0-9.]+%\]\s+FAIL/
// At least one ratio row proves it too (a row whose baseline forks were too noisy can stay INCONCLUSIVE on a busy
// machine, even at +900%: its baseline is flagged so on the log).
assert log =~ /daily\s+[a-z-]+\s+overhead-ratio\s+[0-9.]+\s+[0-9.]+\s+\+900\.0% \[\+[0-9.]+%, \+[0-9.]+%\]\s+FAIL/
assert log.contains('[ERROR] Failed to execute goal io.decibench:decibench-maven-plugin')
assert log =~ /Performance regression against .*baselines\.json: .*daily float time \+900\.0%/
assert log.contains('accept it: `mvn decibench:baseline -Ddecibench.baselineReplace=true`')

def check = new JsonSlurper().parse(new File(out, 'check-results.json'))
def rows = check.rows
def time = rows.find { it.mode == 'float' && it.metric == 'time' }
assert time.verdict == 'FAIL' && Math.abs(time.change - 9.0) < 1e-6 && time.changeCiLow > 0.05
assert Math.abs(time.sessionSd - 0.2) < 1e-9 && time.baselineSessions == 1
assert rows.findAll { it.metric == 'alloc' }.every { it.verdict == 'PASS' }

def xml = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-decibench.xml'))
assert xml.@failures.text().toInteger() >= 2
assert xml.testcase.find { it.@classname == 'decibench.daily.float' && it.@name == 'time' }.failure.size() == 1
return true
