// What calibrate tells a user about the gate on this machine, and the file it writes.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/decibench')

assert log.contains('[decibench] calibrating the gate: 4 runs (2 of the unchanged code, 2 per slowdown [0.5] of decimal)')
(1..4).each { assert log.contains("[decibench] calibration session ${it}/4: ") }
assert log.contains('[decibench] calibration session 2/4: decimal +50.0% injected')
assert log =~ /Calibration on .*: 2 same-code session\(s\) and 2 per slowdown of decimal, \d+ s in all/
assert log =~ /scenario\s+mode\s+metric\s+forks\s+fork sd\s+session sd\s+level/
assert log =~ /daily\s+decimal\s+overhead-ratio\s+4\s+[0-9.]+%\s+[0-9.]+%/
assert log =~ /Measured: 2 same-code build\(s\) against the other sessions: \d FAIL, \d WARN/
assert log =~ /Measured: decimal \+50\.0%: 2 build\(s\): decimal rows FAIL in \d, WARN or FAIL in \d/
assert log.contains('Simulated at this noise (100 builds each; first line: the current runs with a baseline of these sessions):')
assert log =~ /runs\s+sessions\s+same-code FAIL\s+same-code WARN\s+\+10% FAIL/

def c = new JsonSlurper().parse(new File(out, 'calibration.json'))
assert c.schemaVersion == 1 && c.sessions == 2 && c.slowedMode == 'decimal'
assert c.timestamp ==~ /\d{4}-\d\d-\d\dT.*Z/ && c.fingerprint.id ==~ /[0-9a-f]{16}/
assert c.settings.runs == 2 && c.settings.slowdown == [:]
assert c.durationSeconds > 0 && c.sessionSeconds > 0 && c.forkSeconds > 0
assert c.forks == 16 && c.contendedForks == 0
assert c.cells.collect { it.mode + '/' + it.metric } as Set == ['float/time', 'decimal/time', 'decimal/overhead-ratio'] as Set
c.cells.each { assert it.scenario == 'daily' && it.forks == 4 && it.forkSd >= 0 && it.sessionSd >= 0 && it.level > 0 }
assert c.machineSessionSd >= 0 && c.roundSd >= 0
assert c.sameCode.builds == 2 && c.sameCode.fail + c.sameCode.warn <= 2
assert c.detection.size() == 1 && c.detection[0].slowdown == 0.5 && c.detection[0].builds == 2
assert c.predicted[0].runs == 2 && c.predicted[0].baselineSessions == 2 && c.predicted[0].builds == 100
c.predicted.each { p ->
    ['fail', 'warn', 'fail10', 'warnOrFail10', 'fail25', 'warnOrFail25'].each { assert p[it] >= 0 && p[it] <= 1 }
    assert p.minutesPerRun > 0
}
assert c.recommendation.runs >= 2 && c.recommendation.text
// calibrate keeps its sessions to itself: the user's results and history are untouched.
assert new File(out, 'calibration/sessions/session-01.json').isFile()
assert new File(out, 'calibration/sessions/session-02.json').isFile()
assert new File(out, 'calibration/slowed/decimal-50pct-01.json').isFile()
assert !new File(out, 'benchmark-results.json').exists()
assert !new File(out, 'history.jsonl').exists()

// and it says how to make a baseline of the same-code sessions
assert log.contains('to baseline the same-code sessions: mvn decibench:baseline -Ddecibench.baselineResults=target/decibench/calibration/sessions')
return true
