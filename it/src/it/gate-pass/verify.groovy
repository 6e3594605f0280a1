// A user's first baseline: what the log says at each step, the baselines file and the check's outputs.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/decibench')
def baselines = new File(basedir, 'src/test/decibench/baselines.json')

// 1: no baselines yet -> the target only, with the command that creates them
assert log.contains('No baselines: only the overhead target is checked.')
assert log.contains('mvn decibench:baseline')
assert log.contains('Target verdicts (end to end against float, target 30%, 95% CI):')
assert log =~ /Regression verdict: no baselines · Run verdict: (MET|MISSED|INCONCLUSIVE) — /

// 2: created with one session; the log says sessions matter
assert log =~ /Created baselines .*baselines\.json \(\d+ rows, 1 session, machine [0-9a-f]{16}\)/
assert log =~ /daily float: session 1 recorded \(1 session\), time [0-9.]+ ms\/op, alloc [\d,]+ B\/op/
assert log.contains('With fewer than 3 sessions the gate assumes sessions differ')
// 3: the second run is session 2, the old file kept
assert log =~ /Updated baselines .*baselines\.json \(\d+ rows, 2 sessions, machine [0-9a-f]{16}\); previous file kept as .*baselines\.json\.bak/
assert log =~ /daily decimal: session 2 recorded \(2 sessions\), overhead ratio [0-9.]+, time [0-9.]+ ms\/op/
assert new File(basedir, 'src/test/decibench/baselines.json.bak').isFile()
// 4: the same run again is refused, the file untouched
assert log =~ /already recorded as session 2\. A session is one run: run `mvn verify` again/

def b = new JsonSlurper().parse(baselines)
def r = new JsonSlurper().parse(new File(out, 'benchmark-results.json'))
assert b.schemaVersion == 2
assert b.createdAt ==~ /\d{4}-\d\d-\d\dT.*Z/
assert b.fingerprint.id == r.fingerprint.id
assert b.thresholds == [warnThreshold: 0.05, failThreshold: 0.2, allocTolerance: 0.1]
assert b.settings == [warmupIterations: 4, warmupTime: '400ms', iterations: 2, iterationTime: '200ms',
                      forkStatistic: 'min', jvmArgs: ['-Xmx512m']]
assert b.sessions*.id == [1, 2]
assert b.sessions[1].resultsTimestamp == r.timestamp
def okRows = r.results.findAll { it.status == 'ok' }
assert b.rows*.mode == okRows*.mode
b.rows.each { row ->
    def res = okRows.find { it.mode == row.mode }
    assert row.scenario == 'daily' && row.unit == 'ms/op'
    assert row.sessions*.session == [1, 2]
    def latest = row.sessions[1]
    // each fork's fastest iteration (the gate's statistic), in round order
    def minima = res.samples.collect { s -> s.min() }
    assert latest.forkTimes.size() == minima.size()
    latest.forkTimes.eachWithIndex { t, i -> assert Math.abs(t - minima[i]) <= 1e-12 * t }
    assert latest.allocBytesPerOp == res.allocBytesPerOp
    if (row.mode == 'float') {
        assert latest.pairRatios == []
    } else {
        def f = b.rows.find { it.mode == 'float' }.sessions[1].forkTimes
        latest.pairRatios.eachWithIndex { p, i -> assert Math.abs(p - latest.forkTimes[i] / f[i]) < 1e-12 }
    }
}

// 5: the check against the two sessions: unchanged code never fails
assert log.contains('Regression check (warn 5%, fail 20%, alloc tolerance 10%;')
assert log =~ /gated rows, 2 baseline sessions\)/
assert log.contains("Each interval is the row's share of the run's error budget")
assert log =~ /scenario\s+mode\s+metric\s+baseline\s+current\s+change \[CI\]\s+verdict/
assert log =~ /daily\s+float\s+time\s+[0-9.]+ ms\/op\s+[0-9.]+ ms\/op\s+[-+][0-9.]+% \[[-+0-9.]+%, [-+0-9.]+%\]\s+(PASS|INCONCLUSIVE|WARN)/
assert !log.contains('Performance regression')

def check = new JsonSlurper().parse(new File(out, 'check-results.json'))
assert check.schemaVersion == 1 && check.baselineSessions == 2 && check.failRate == 0.005 && check.warnRate == 0.05
assert check.gatedRows >= 3
def rows = check.rows
assert rows.size() >= 3
assert rows.every { it.keySet().containsAll(['scenario', 'mode', 'metric', 'baseline', 'current', 'change',
                                             'changeCiLow', 'changeCiHigh', 'verdict', 'confidence']) }
assert rows.every { it.verdict != 'FAIL' }
assert rows.find { it.mode == 'decimal' && it.metric == 'overhead-ratio' }.confidence > 0.9

def xml = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-decibench.xml'))
// No regression fails; only the scenario's target case may (MISSED, although failOnTargetMiss=false here).
assert xml.name() == 'testsuite'
assert xml.@failures.text().toInteger() == (r.verdict.verdict == 'MISSED' ? 1 : 0)
assert xml.testcase.size() == rows.size() + r.scenarioVerdicts.size()
assert xml.testcase.findAll { it.failure.size() > 0 }.every { it.@classname == 'decibench.target' }
// INCONCLUSIVE rows and an undecided target are visible as skipped, with the verdict first.
assert xml.testcase.findAll { it.skipped.size() > 0 }.every { it.skipped.@message.text() ==~ /(INCONCLUSIVE|WARN|NOT_COMPARED): .*/ }
assert xml.@skipped.text().toInteger() == rows.count { it.verdict != 'PASS' } +
        r.scenarioVerdicts.count { it.verdict == 'INCONCLUSIVE' }
assert xml.testcase.every { it.'system-out'.text() }
assert xml.properties.property.find { it.@name == 'decibench.regressionVerdict' }.@value.text() in ['PASS', 'INCONCLUSIVE']

// GITHUB_STEP_SUMMARY: one Markdown section per check (invocations 1, 3 and 5)
def summary = new File(basedir, 'step-summary.md').text
assert summary.findAll('## Decibench check').size() == 3
// Each leads with its verdicts, then the tables.
assert summary =~ /## Decibench check\n\n\*\*Regression verdict: no baselines\*\* · \*\*Run verdict: /
assert summary.contains('| scenario | mode | metric | baseline | current | change [CI] | verdict | note |')
return true
