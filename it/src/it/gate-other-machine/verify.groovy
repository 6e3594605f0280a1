// Another machine's baselines: the ratio is still gated, time and allocation are not compared.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/decibench')

// Times 1000x faster than anything this machine measures: had they been compared, they would fail.
assert log =~ /daily\s+float\s+time\s+0\.00\d+ ms\/op\s+[0-9.]+ ms\/op\s+–\s+NOT_COMPARED\s+other machine: not compared/
assert log =~ /daily\s+decimal\s+time\s+.*other machine: not compared/
assert log =~ /daily\s+decimal\s+alloc\s+.*other JDK: not compared/
// The ratio is compared: a change with its CI and a verdict. No real run is twice as fast in decimal as in float,
// so it never passes; whether the evidence reaches FAIL depends on this machine's noise at runs=3.
assert log =~ /daily\s+decimal\s+overhead-ratio\s+0\.\d{4}\s+[0-9.]+\s+\+[0-9.]+% \[[-+][0-9.]+%, \+[0-9.]+%\]\s+(FAIL|WARN|INCONCLUSIVE)/
assert log.contains('2 baseline sessions')
assert log.contains('BUILD SUCCESS')

def check = new JsonSlurper().parse(new File(out, 'check-results.json'))
assert check.schemaVersion == 1 && check.baselineSessions == 2
def rows = check.rows
// The baselines cover float and decimal; decimal-native (when this build has it) has no baseline row.
def time = rows.findAll { it.metric == 'time' }
assert time.findAll { it.mode in ['float', 'decimal'] }.size() == 2
assert time.findAll { it.mode in ['float', 'decimal'] }.every { it.verdict == 'NOT_COMPARED' && it.note == 'other machine: not compared' && it.change == null }
assert time.findAll { it.mode == 'decimal-native' }.every { it.verdict == 'NOT_COMPARED' && it.note.startsWith('no baseline') }
def ratio = rows.find { it.mode == 'decimal' && it.metric == 'overhead-ratio' }
assert ratio.verdict in ['FAIL', 'WARN', 'INCONCLUSIVE'] && ratio.change > 1.0 && ratio.changeCiLow != null
assert ratio.baselineSessions == 2 && ratio.confidence > 0.9 && ratio.forkSd != null
if (ratio.verdict == 'FAIL') {
    assert log =~ /\[WARNING\] Performance regression against .*: daily decimal overhead-ratio \+/
    assert log.contains('Not failing: decibench.failOnRegression=false.')
}

def xml = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-decibench.xml'))
assert xml.@skipped.text().toInteger() >= 2
def skipped = xml.testcase.find { it.@classname == 'decibench.daily.float' && it.@name == 'time' }.skipped.@message.text()
assert skipped.startsWith('NOT_COMPARED: daily float time: ') && skipped.endsWith('(other machine: not compared)')
assert xml.testcase.find { it.@classname == 'decibench.daily.decimal' && it.@name == 'overhead-ratio' }.failure.size() ==
        (ratio.verdict == 'FAIL' ? 1 : 0)
return true
