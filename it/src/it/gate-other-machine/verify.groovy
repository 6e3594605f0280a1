// Another machine's baselines: the ratio is gated (and fails), time and allocation are not compared.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/decibench')

// Times 1000x faster than anything this machine measures: had they been compared, they would fail.
assert log =~ /daily\s+float\s+time\s+0\.00\d+ ms\/op\s+[0-9.]+ ms\/op\s+-\s+other machine: not compared/
assert log =~ /daily\s+decimal\s+time\s+.*other machine: not compared/
assert log =~ /daily\s+decimal\s+alloc\s+.*other JDK: not compared/
assert log =~ /daily\s+decimal\s+overhead-ratio\s+0\.\d{4}\s+[0-9.]+\s+\+[0-9.]+% \[\+[0-9.]+%, \+[0-9.]+%\]\s+FAIL/
assert log =~ /\[WARNING\] Performance regression against .*: daily decimal overhead-ratio \+/
assert log.contains('Not failing: decibench.failOnRegression=false.')
assert log.contains('BUILD SUCCESS')

def rows = new JsonSlurper().parse(new File(out, 'check-results.json'))
assert rows.findAll { it.metric == 'time' }.every { it.verdict == 'NOT_COMPARED' && it.note == 'other machine: not compared' && it.change == null }
assert rows.find { it.mode == 'decimal' && it.metric == 'overhead-ratio' }.verdict == 'FAIL'

def xml = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-decibench.xml'))
assert xml.@skipped.text().toInteger() >= 2
assert xml.testcase.find { it.@classname == 'decibench.daily.float' && it.@name == 'time' }.skipped.@message == 'other machine: not compared'
assert xml.testcase.find { it.@classname == 'decibench.daily.decimal' && it.@name == 'overhead-ratio' }.failure.size() == 1
return true
