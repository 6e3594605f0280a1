// What a user looks at after adding two scenarios of their own: the declared bundle was generated, both scenarios
// were measured and profiled like built-ins, and the mode the buy-and-hold does not implement reads "n/a" everywhere.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/decibench')
def modes = ['float', 'decimal', 'decimal-fixed', 'float-native', 'decimal-native']
// the buy-and-hold brings its own code for two modes; the others are n/a for it
def holdNa = ['decimal-fixed', 'float-native', 'decimal-native']

assert log =~ /Bundle it-minute: generated/
assert !new File(out, 'bundles/profiling-daily').exists() : 'only the bundle the selected scenarios run on'
assert log.contains('[decibench] scenario hold does not implement decimal-fixed, float-native, decimal-native; reported as n/a')

def r = new JsonSlurper().parse(new File(out, 'benchmark-results.json'))
assert r.settings.scenarios == ['breakout', 'hold']
assert r.settings.modes == modes
assert r.results.collect { "${it.scenario}/${it.mode}" } == ['breakout', 'hold'].collectMany { s -> modes.collect { "${s}/${it}" } }
def row = { s, m -> r.results.find { it.scenario == s && it.mode == m } }
modes.each { m -> assert row('breakout', m).status == 'ok' : "breakout/${m}" }
['float', 'decimal'].each { m ->
    assert row('hold', m).status == 'ok'
    assert row('hold', m).forkMeans.size() == 2
}
holdNa.each { m ->
    def na = row('hold', m)
    assert na.status == 'n/a'
    assert na.reason.contains('does not implement')
    assert na.forkMeans == null || na.forkMeans.isEmpty()
}

// Overheads for every measured exact cell, none for the n/a ones.
assert r.overheads.collect { "${it.scenario}/${it.mode}" } as Set ==
        ['breakout/decimal', 'breakout/decimal-fixed', 'breakout/decimal-native', 'hold/decimal'] as Set

// Exactness: the probe ran each scenario in its own modes; the column scenario's decimal modes agree bit for bit.
def ex = { s -> r.exactness.find { it.scenario == s } }
assert ex('breakout').modes*.mode == modes
assert ex('breakout').exactModesCompared == ['decimal', 'decimal-fixed', 'decimal-native']
assert ex('breakout').exactModesAgree == true
assert ex('hold').modes*.mode == ['float', 'decimal']
// One exact mode ran for hold: no agreement is claimed, float is still compared with it.
assert ex('hold').exactModesCompared == [] && ex('hold').exactModesAgree == null
assert ex('hold').modes.find { it.mode == 'float' }.withinTolerance == true

// No fork was started for the n/a cell; forks of the user scenarios got their class.
def forks = new File(out, 'forks').listFiles()*.name
assert !forks.any { it ==~ /\d{3}-hold-(decimal-fixed|float-native|decimal-native)\.(json|log)/ }
assert forks.count { it ==~ /\d{3}-hold-(float|decimal)\.json/ } == 4
assert forks.count { it ==~ /\d{3}-breakout-.*\.json/ } == 10

def report = new File(out, 'overhead-report.md').text
assert report.contains('breakout') && report.contains('hold')
assert report =~ /hold.*decimal-native.*n\/a/
// mvn site: the report page has a row per scenario x mode, the n/a one included.
def html = new File(basedir, 'target/site/decibench-report.html').text
assert !log.contains('NoSuchMethodError')
['breakout', 'hold'].each { s -> modes.each { m ->
    def status = (s == 'hold' && m in holdNa) ? 'n/a' : 'ok'
    def rowPattern = ~/(?s)<tr[^>]*>\s*<td><code>${s}<\/code><\/td>\s*<td><code>${java.util.regex.Pattern.quote(m)}<\/code><\/td>\s*<td>(java|native)<\/td>\s*<td>${java.util.regex.Pattern.quote(status)}/
    assert html =~ rowPattern : "no ${status} row for ${s} x ${m} in the report page"
} }

// decibench:profile: both scenarios profiled in their own modes, hold's other modes skipped as n/a.
holdNa.each { m ->
    assert log.contains("[decibench] hold / ${m}: n/a (the scenario does not implement the mode), not profiled")
}
def set = new JsonSlurper().parse(new File(out, 'profiles/custom/profile.json'))
assert set.profiles.collect { "${it.scenario}/${it.mode}" } == modes.collect { "breakout/${it}" } + ['hold/float', 'hold/decimal']
set.profiles.each { assert new File(out, "profiles/custom/${it.recording}").length() > 0 : "recording of ${it.scenario}/${it.mode}" }
return true
