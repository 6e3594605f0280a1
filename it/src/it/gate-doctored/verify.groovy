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
// Every ratio row is compared at +900%. The check judges the very forks the baseline was recorded from, so one
// float fork that a busy machine stalled spreads all four ratio rows alike (each ratio is mode / float of its round).
// A row whose forks agree to within 25% proves the +900% (it would need a spread near 50% to stay undecided); one
// whose forks spread more may stay INCONCLUSIVE, and then says that the forks' noise is why.
assert log.contains('[ERROR] Failed to execute goal io.decibench:decibench-maven-plugin')
assert log =~ /Performance regression against .*baselines\.json: .*daily float time \+900\.0%/
assert log.contains('accept it: `mvn decibench:baseline -Ddecibench.baselineReplace=true`')

def check = new JsonSlurper().parse(new File(out, 'check-results.json'))
def rows = check.rows
def time = rows.find { it.mode == 'float' && it.metric == 'time' }
assert time.verdict == 'FAIL' && Math.abs(time.change - 9.0) < 1e-6 && time.changeCiLow > 0.05
assert Math.abs(time.sessionSd - 0.2) < 1e-9 && time.baselineSessions == 1
assert rows.findAll { it.metric == 'alloc' }.every { it.verdict == 'PASS' }
def ratios = rows.findAll { it.metric == 'overhead-ratio' }
assert ratios.size() == 4 && ratios.every { Math.abs(it.change - 9.0) < 1e-6 }
ratios.findAll { it.forkSd < 0.25 }.each { assert it.verdict == 'FAIL' : "${it.mode} ratio, forks ±${it.forkSd}" }
ratios.findAll { it.verdict != 'FAIL' }.each {
    assert it.verdict == 'INCONCLUSIVE' && it.forkSd >= 0.25 && it.note.startsWith('forks ') : it
}

def xml = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-decibench.xml'))
assert xml.@failures.text().toInteger() >= 2
assert xml.testcase.find { it.@classname == 'decibench.daily.float' && it.@name == 'time' }.failure.size() == 1
return true
