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

// 2 and 3: created, then updated with the old file kept and every row's change printed
assert log =~ /Created baselines .*baselines\.json \(\d+ rows, machine [0-9a-f]{16}\)/
assert log =~ /Updated baselines .*baselines\.json .*previous file kept as .*baselines\.json\.bak/
assert log =~ /daily float: new \(time [0-9.]+ ms\/op, alloc [\d,]+ B\/op\)/
assert log =~ /daily decimal: overhead ratio [0-9.]+ -> [0-9.]+ \([+-]0\.0%\), time [0-9.]+ ms\/op -> [0-9.]+ ms\/op/
assert new File(basedir, 'src/test/decibench/baselines.json.bak').isFile()

def b = new JsonSlurper().parse(baselines)
def r = new JsonSlurper().parse(new File(out, 'benchmark-results.json'))
assert b.schemaVersion == 1
assert b.createdAt ==~ /\d{4}-\d\d-\d\dT.*Z/
assert b.fingerprint.id == r.fingerprint.id
assert b.thresholds == [warnThreshold: 0.05, failThreshold: 0.2, allocTolerance: 0.1]
def okRows = r.results.findAll { it.status == 'ok' }
assert b.rows*.mode == okRows*.mode
b.rows.each { row ->
    def res = okRows.find { it.mode == row.mode }
    assert row.scenario == 'daily'
    assert row.timeMean == res.mean && row.forkMeans == res.forkMeans && row.allocBytesPerOp == res.allocBytesPerOp
    if (row.mode == 'float') {
        assert row.overheadRatio == null && row.pairRatios == []
    } else {
        def o = r.overheads.find { it.mode == row.mode }
        assert Math.abs(row.overheadRatio - (1 + o.overheadPercent / 100)) < 1e-9
        assert row.pairRatios == o.pairRatios
    }
}

// 3: the check against baselines from these very results: nothing regressed, the table is in the log
assert log.contains('Regression check (warn 5%, fail 20%, alloc tolerance 10%):')
assert log =~ /scenario\s+mode\s+metric\s+baseline\s+current\s+change \[95% CI\]\s+verdict/
assert log =~ /daily\s+float\s+time\s+[0-9.]+ ms\/op\s+[0-9.]+ ms\/op\s+\+0\.0% \[[-+0-9.]+%, [-+0-9.]+%\]\s+(PASS|INCONCLUSIVE)/
assert !log.contains('Performance regression')

def check = new JsonSlurper().parse(new File(out, 'check-results.json'))
assert check.schemaVersion == 1
def rows = check.rows
assert rows.size() >= 3
assert rows.every { it.keySet().containsAll(['scenario', 'mode', 'metric', 'baseline', 'current', 'change',
                                             'changeCiLow', 'changeCiHigh', 'verdict']) }
assert rows.every { it.verdict in ['PASS', 'INCONCLUSIVE'] }
assert rows.find { it.mode == 'decimal' && it.metric == 'overhead-ratio' }

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

// GITHUB_STEP_SUMMARY: one Markdown section per check (invocations 1 and 3)
def summary = new File(basedir, 'step-summary.md').text
assert summary.findAll('## Decibench check').size() == 2
// Each leads with its verdicts, then the tables.
assert summary =~ /## Decibench check\n\n\*\*Regression verdict: no baselines\*\* · \*\*Run verdict: /
assert summary.contains('| scenario | mode | metric | baseline | current | change [95% CI] | verdict | note |')
return true
