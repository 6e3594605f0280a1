// What a user looks at after `mvn verify -Ddecibench.quick=true`: the log's progress and summary table, the
// results file (every field of PRODUCT.md section 5 for every scenario x mode), the Markdown report and the history.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/decibench')
def modes = ['float', 'decimal', 'decimal-native']

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
assert r.schemaVersion == 1
assert r.timestamp ==~ /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/
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
assert s.forkStatistic == 'median' && s.slowdown == [:] && s.contentionLimit == null

assert r.results*.mode == modes
assert r.results.every { it.scenario == 'daily' }
def fields = ['scenario', 'mode', 'status', 'reason', 'unit', 'forkMeans', 'samples', 'mean', 'median', 'min', 'max',
              'ciLow', 'ciHigh', 'allocBytesPerOp', 'forkLoads']
r.results.each { row -> fields.each { f -> assert row.containsKey(f) : "results row ${row.mode} lacks ${f}" } }
def ok = r.results.findAll { it.status == 'ok' }
assert ok*.mode.containsAll(['float', 'decimal'])
ok.each { row ->
    assert row.unit == 'ms/op'
    assert row.reason == null
    assert row.forkMeans.size() == 2
    assert row.samples.size() == 2 && row.samples.every { it.size() == 2 && it.every { v -> v > 0 } }
    assert row.min <= row.median && row.median <= row.max
    assert row.ciLow <= row.mean && row.mean <= row.ciHigh
    assert row.allocBytesPerOp instanceof Number
    // Each fork's load was sampled; with the guard off (this IT) nothing is judged contended.
    assert row.forkLoads.size() == 2 && row.forkLoads.every { it.otherCpu >= 0 && it.contended == false && it.reruns == 0 }
}
r.results.findAll { it.status != 'ok' }.each { row ->
    assert row.mode == 'decimal-native' && row.status == 'unavailable' && row.reason
    assert log.contains('Mode decimal-native is unavailable')
}

def decimalOk = ok*.mode - ['float']
assert r.overheads*.mode == decimalOk
r.overheads.each { o ->
    assert o.scenario == 'daily'
    ['overheadPercent', 'overheadCiLow', 'overheadCiHigh'].each { assert o[it] instanceof Number }
    assert o.overheadCiLow <= o.overheadPercent && o.overheadPercent <= o.overheadCiHigh
    assert o.pairRatios.size() == 2
    assert o.targetPercent == 30.0
    assert o.verdict in ['MET', 'MISSED', 'INCONCLUSIVE']
}
assert r.overall*.mode == decimalOk
r.overall.each { assert it.overheadPercent instanceof Number && it.verdict in ['MET', 'MISSED', 'INCONCLUSIVE'] }
assert r.verdict.mode in decimalOk && r.verdict.verdict in ['MET', 'MISSED', 'INCONCLUSIVE']

assert r.exactness.size() == 1
def e = r.exactness[0]
assert e.scenario == 'daily'
assert e.finalValue.keySet().containsAll(['float', 'decimal'])
assert e.sessionValuesSha256.keySet().containsAll(['float', 'decimal'])
assert e.decimalModesAgree == true
assert e.floatDriftFinal != null && e.floatWithinTolerance == true
assert e.containsKey('floatDriftMaxSession')

// overhead-report.md
def md = new File(out, 'overhead-report.md').text
['# Decibench overhead report', '## Executive summary', '## Results', '## Per-scenario details', '## Exactness',
 '## Environment', '## Recommendations'].each { assert md.contains(it) : "report lacks ${it}" }
modes.each { assert md.contains(it) }

// history.jsonl: one line for one run
def history = new File(out, 'history.jsonl').readLines().findAll { it.trim() }
assert history.size() == 1
assert new JsonSlurper().parseText(history[0]).timestamp == r.timestamp

// per-fork logs stay for diagnosis
assert new File(out, 'forks').listFiles().any { it.name ==~ /001-daily-float\.log/ }
return true
