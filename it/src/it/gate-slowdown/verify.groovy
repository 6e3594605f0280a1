// An injected regression is found by the gate, said so on the table, recorded in the results and never baselined.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/decibench')

assert log.contains('[WARNING] Injected slowdown (decibench.slowdown): decimal +100.0% more CPU work per operation.')
def r = new JsonSlurper().parse(new File(out, 'benchmark-results.json'))
assert r.settings.slowdown == [decimal: 1.0]
// Each slowed fork was told its fraction; the float forks were not.
def cmd = new File(out, 'forks').listFiles().findAll { it.name ==~ /\d{3}-daily-decimal\.log/ }
assert cmd.size() == 6

assert log.contains('Injected slowdown (decibench.slowdown): [decimal +100.0%] more CPU work per operation: this run is'
        + ' a regression on purpose')
def check = new JsonSlurper().parse(new File(out, 'check-results.json'))
assert check.slowdown == [decimal: 1.0]
// The decimal rows carry the regression: at least one of them (its time, or its ratio to float) proves it. On a
// shared 2-core machine float's forks alone can spread by 20%, so the ratio row may stay INCONCLUSIVE in a run
// where the time row already FAILs; which one fails is the machine's luck, that one does is the gate's job.
def decimalRows = check.rows.findAll { it.mode == 'decimal' && it.metric in ['time', 'overhead-ratio'] }
assert decimalRows*.metric.sort() == ['overhead-ratio', 'time']
def failed = decimalRows.findAll { it.verdict == 'FAIL' }
assert !failed.isEmpty() : "no decimal row failed: ${decimalRows}"
failed.each { assert it.changeCiLow > 0.05 }
// About +100%: the injected work is sized against each operation's own time.
def time = decimalRows.find { it.metric == 'time' }
assert time.change > 0.60 && time.change < 1.50 : "decimal time change ${time.change}"
assert check.rows.findAll { it.mode == 'float' }.every { it.verdict != 'FAIL' }
assert log =~ /daily\s+decimal\s+(overhead-ratio|time)\s+[0-9.]+( ms\/op)?\s+[0-9.]+( ms\/op)?\s+\+[0-9.]+% \[\+[0-9.]+%, \+[0-9.]+%\]\s+FAIL/
assert log =~ /Performance regression against .*baselines\.json: .*daily decimal (overhead-ratio|time) \+/

// 3: baseline refuses the slowed results; the file still holds only the first session.
assert log.contains('These results were measured with an injected slowdown (decibench.slowdown=decimal:1.0)')
def b = new JsonSlurper().parse(new File(basedir, 'src/test/decibench/baselines.json'))
assert b.sessions.size() == 1
return true
