// An injected regression is found by the gate, said so on the table, recorded in the results and never baselined.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/decibench')

assert log.contains('[WARNING] Injected slowdown (decibench.slowdown): decimal +50.0% more CPU work per operation.')
def r = new JsonSlurper().parse(new File(out, 'benchmark-results.json'))
assert r.settings.slowdown == [decimal: 0.5]
// Each slowed fork was told its fraction; the float forks were not.
def cmd = new File(out, 'forks').listFiles().findAll { it.name ==~ /\d{3}-daily-decimal\.log/ }
assert cmd.size() == 6

assert log.contains('Injected slowdown (decibench.slowdown): [decimal +50.0%] more CPU work per operation: this run is'
        + ' a regression on purpose')
def check = new JsonSlurper().parse(new File(out, 'check-results.json'))
assert check.slowdown == [decimal: 0.5]
def ratio = check.rows.find { it.mode == 'decimal' && it.metric == 'overhead-ratio' }
assert ratio.verdict == 'FAIL' : "decimal ratio: ${ratio}"
// About +50%: the injected work is sized against each operation's own time.
assert ratio.change > 0.30 && ratio.change < 0.75 : "decimal ratio change ${ratio.change}"
assert ratio.changeCiLow > 0.05
assert check.rows.findAll { it.mode == 'float' }.every { it.verdict != 'FAIL' }
assert log =~ /daily\s+decimal\s+overhead-ratio\s+[0-9.]+\s+[0-9.]+\s+\+[0-9.]+% \[\+[0-9.]+%, \+[0-9.]+%\]\s+FAIL/
assert log =~ /Performance regression against .*baselines\.json: .*daily decimal overhead-ratio \+/

// 3: baseline refuses the slowed results; the file still holds only the first session.
assert log.contains('These results were measured with an injected slowdown (decibench.slowdown=decimal:0.5)')
def b = new JsonSlurper().parse(new File(basedir, 'src/test/decibench/baselines.json'))
assert b.sessions.size() == 1
return true
