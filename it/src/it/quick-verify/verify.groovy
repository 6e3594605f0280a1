// What a user looks at after `mvn verify -Ddecibench.quick=true`: the log's progress and summary table, the
// results file (every field of the site's "Results format" page for every scenario x mode), the Markdown report
// and its chart, and the history.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/decibench')
def modes = ['float', 'decimal', 'decimal-fixed', 'float-native', 'decimal-native']
def exactModes = ['decimal', 'decimal-fixed', 'decimal-native']

// setup-bundles generated only the bundle the selected scenario needs.
assert log =~ /Bundle profiling-daily: generated/
assert new File(basedir, 'target/decibench/bundles/profiling-daily/manifest.json').isFile()
assert !new File(basedir, 'target/decibench/bundles/profiling-minute').exists()

// One progress line per fork, then the summary table.
assert log =~ /\[decibench\] daily \/ float  round 1\/2  fork 1\/\d+  [0-9.]+ ms\/op  ETA \d+/
assert log =~ /\[decibench\] scenario\s+mode/
modes.each { m -> assert log =~ /\[decibench\] daily\s+${java.util.regex.Pattern.quote(m)}\s/ }

// benchmark-results.json
def r = new JsonSlurper().parse(new File(out, 'benchmark-results.json'))
assert r.schemaVersion == 2
assert r.timestamp ==~ /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/
assert r.containsKey('gitCommit')
['id', 'cpuModel', 'cores', 'memoryGiB', 'os', 'osVersion', 'arch', 'jdkVendor', 'jdkVersion', 'jvmArgs'].each { assert r.fingerprint.containsKey(it) }
assert r.fingerprint.id ==~ /[0-9a-f]{16}/
// The machine is its OS release, not the kernel's build string.
assert r.fingerprint.os ==~ /\S+ [0-9.]+/ && r.fingerprint.osVersion.startsWith(r.fingerprint.os.split(' ')[1])
assert r.fingerprint.memoryGiB > 0
assert r.fingerprint.jvmArgs == ['-Xmx512m']

// The measured forks ran exactly the user's JVM options (C1 + C2), never the launcher's fast-start flags: the
// results record what JMH recorded for each fork, and each fork's log says the same.
assert r.forkVm.jvmArgs == ['-Xmx512m']
assert r.forkVm.jdkVersion && r.forkVm.vmName && r.forkVm.vmVersion
assert r.forkVm.compiler ==~ /.*Tiered Compilers, TieredStopAtLevel=4/
def forkLogs = new File(out, 'forks').listFiles().findAll { it.name ==~ /\d{3}-daily-.*\.log/ }
assert forkLogs.size() >= 4
forkLogs.each { f ->
    def text = f.text
    def vmOptions = text.readLines().findAll { it.startsWith('# VM options:') }
    assert vmOptions == ['# VM options: -Xmx512m'] : "${f.name}: ${vmOptions}"
    assert !text.contains('TieredStopAtLevel=1')
    assert text.contains('[decibench] measured JVM compiler: ' + r.forkVm.compiler)
}

def s = r.settings
assert s.scenarios == ['daily']
assert s.modes == modes
assert s.runs == 2 && s.warmupIterations == 1 && s.iterations == 2
assert s.warmupTime == '200ms' && s.iterationTime == '200ms'
assert s.quick == true && s.targetPercent == 30.0 && s.confidence == 0.95
assert s.order == 'williams' && s.forkTimeoutSeconds == 600
assert s.forkStatistic == 'min' && s.slowdown == [:] && s.contentionLimit == null

// What each mode is, and how many bars one backtest of the scenario processes.
assert r.modes*.mode == modes
assert r.modes.find { it.mode == 'decimal-native' } == [mode: 'decimal-native', engine: 'native', exact: true,
                                                        reference: 'float-native']
assert r.modes.find { it.mode == 'float' }.exact == false
assert r.scenarios == [[scenario: 'daily', bundle: 'profiling-daily', assets: 50, barsPerAsset: 753, bars: 37650]]

assert r.results*.mode == modes
assert r.results.every { it.scenario == 'daily' }
def fields = ['scenario', 'mode', 'status', 'reason', 'unit', 'forkMeans', 'samples', 'mean', 'median', 'min', 'max',
              'ciLow', 'ciHigh', 'allocBytesPerOp', 'nsPerBar', 'extraNsPerBar', 'forkLoads']
r.results.each { row -> fields.each { f -> assert row.containsKey(f) : "results row ${row.mode} lacks ${f}" } }
// The reactor builds the native core, so all five modes ran.
def ok = r.results.findAll { it.status == 'ok' }
assert ok*.mode == modes
ok.each { row ->
    assert row.unit == 'ms/op'
    assert row.reason == null
    assert row.forkMeans.size() == 2
    assert row.samples.size() == 2 && row.samples.every { it.size() == 2 && it.every { v -> v > 0 } }
    assert row.min <= row.median && row.median <= row.max
    assert row.ciLow <= row.mean && row.mean <= row.ciHigh
    assert row.allocBytesPerOp instanceof Number
    assert Math.abs(row.nsPerBar - row.mean * 1e6 / 37650) < 1e-6 * row.nsPerBar
    // Each fork's load was sampled; with the guard off (this IT) nothing is judged contended.
    assert row.forkLoads.size() == 2 && row.forkLoads.every { it.otherCpu >= 0 && it.contended == false && it.reruns == 0 }
}
// The extra time per bar over the engine's binary-float mode: float for the Java modes, float-native for the native core.
def row = { m -> ok.find { it.mode == m } }
['float', 'float-native'].each { assert row(it).extraNsPerBar == null }
['decimal': 'float', 'decimal-fixed': 'float', 'decimal-native': 'float-native'].each { m, ref ->
    assert Math.abs(row(m).extraNsPerBar - (row(m).nsPerBar - row(ref).nsPerBar)) < 1e-9
}

// Overheads for the exact modes only.
def decimalOk = exactModes
assert r.overheads*.mode == decimalOk
r.overheads.each { o ->
    assert o.scenario == 'daily'
    ['overheadPercent', 'overheadCiLow', 'overheadCiHigh'].each { assert o[it] instanceof Number }
    assert o.overheadCiLow <= o.overheadPercent && o.overheadPercent <= o.overheadCiHigh
    assert o.pairRatios.size() == 2
    assert o.targetPercent == 30.0
    assert o.verdict in ['MET', 'MISSED', 'INCONCLUSIVE']
    // The same-engine figure: against float for the Java modes (the same figure), against float-native for the native core.
    if (o.mode == 'decimal-native') {
        assert o.sameEngineReference == 'float-native' && o.sameEngineOverheadPercent instanceof Number
        assert o.sameEngineOverheadCiLow <= o.sameEngineOverheadPercent
        assert o.sameEngineOverheadPercent <= o.sameEngineOverheadCiHigh
        assert o.sameEnginePairRatios.size() == 2
    } else {
        assert o.sameEngineReference == 'float' && o.sameEngineOverheadPercent == o.overheadPercent
        assert o.sameEnginePairRatios == o.pairRatios
    }
}
assert r.overall*.mode == decimalOk
r.overall.each {
    assert it.overheadPercent instanceof Number && it.verdict in ['MET', 'MISSED', 'INCONCLUSIVE']
    assert it.scenarios == ['daily']
}
// One scenario: its verdict is the run's, decided by daily alone.
assert r.scenarioVerdicts.size() == 1 && r.scenarioVerdicts[0].scenario == 'daily'
assert r.scenarioVerdicts[0].mode in decimalOk
assert r.verdict.verdict == r.scenarioVerdicts[0].verdict && r.verdict.decidedBy == ['daily']
assert r.verdict.mode == (r.verdict.verdict == 'MET' ? r.scenarioVerdicts[0].mode : null)

assert r.exactness.size() == 1
def e = r.exactness[0]
assert e.scenario == 'daily'
assert e.reference == 'decimal'
assert e.modes*.mode == ok*.mode
e.modes.each { m ->
    assert m.finalValue ==~ /\d+\.\d+/ && m.sessionValuesSha256 ==~ /[0-9a-f]{64}/
    assert m.trades instanceof Number && m.sharesFilled instanceof Number
}
// The three exact modes agree bit for bit; both binary-float modes stay within tolerance of them (no flips on daily).
assert e.exactModesCompared == exactModes && e.exactModesAgree == true
['float', 'float-native'].each { m ->
    def f = e.modes.find { it.mode == m }
    assert f.exact == false && f.driftFinal != null && f.withinTolerance == true
    assert f.decisionFlips == 0 && f.flips == []
    ['driftMaxSession', 'roundingDriftMaxSession'].each { assert f.containsKey(it) }
}
// float-native computes what float does, in the same operation order: the same ledger, bit for bit.
assert e.modes.find { it.mode == 'float' }.sessionValuesSha256 == e.modes.find { it.mode == 'float-native' }.sessionValuesSha256

// overhead-report.md
def md = new File(out, 'overhead-report.md').text
['# Decibench overhead report', '## Summary', '## Time per backtest', '## Overhead per scenario',
 '## Per-scenario details', '## Exactness', '## Allocation', '## Environment', '## Recommendations',
 '## Reproduce this report'].each { assert md.contains(it) : "report lacks ${it}" }
modes.each { assert md.contains("`${it}`") }
// Its chart is an SVG file beside it, linked as an image.
assert md.contains('](overhead-report-overhead-chart.svg)')
assert new File(out, 'overhead-report-overhead-chart.svg').text.startsWith('<svg')
// The console summary leads with the table and ends with the run's verdict.
assert log =~ /\[decibench\] Run verdict: (MET|MISSED|INCONCLUSIVE) — /

// history.jsonl: one line for one run, outside target/ so that mvn clean keeps the trend
assert !new File(out, 'history.jsonl').exists()
def history = new File(basedir, '.decibench/history.jsonl').readLines().findAll { it.trim() }
assert history.size() == 1
assert new JsonSlurper().parseText(history[0]).timestamp == r.timestamp

// per-fork logs stay for diagnosis
assert new File(out, 'forks').listFiles().any { it.name ==~ /001-daily-float\.log/ }
return true
