// What a trading team looks at after plugging in its own money type: the Joda-Money arithmetic ran as mode joda-money
// on the same engine as the built-in modes, beside decimal, decimal-fixed and decimal-native on one RSI strategy,
// float measured once, every exact mode agreeing bit for bit, and the site page showing them side by side.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/decibench')
def modes = ['float', 'decimal', 'decimal-fixed', 'decimal-native', 'joda-money']
def exact = modes - ['float']

assert log =~ /Bundle it-hourly: generated/
def r = new JsonSlurper().parse(new File(out, 'benchmark-results.json'))
assert r.settings.scenarios == ['rsi']
assert r.settings.modes == modes
// The user's mode is described by its own kernel: the Java engine, exact, measured against float.
assert r.modes.find { it.mode == 'joda-money' } == [mode: 'joda-money', engine: 'java', exact: true, reference: 'float']

// Every cell measured; float once (one row, one fork per round), not once per money library.
assert r.results*.mode == modes && r.results.every { it.scenario == 'rsi' && it.status == 'ok' }
def forks = new File(out, 'forks').listFiles()*.name
assert forks.count { it ==~ /\d{3}-rsi-float\.json/ } == 2
assert forks.count { it ==~ /\d{3}-rsi-joda-money\.json/ } == 2
r.results.each { assert it.nsPerBar > 0 }
['decimal', 'decimal-fixed', 'joda-money'].each { m ->
    def row = r.results.find { it.mode == m }
    assert row.extraNsPerBar != null : "${m} has its extra time per bar over float"
}

// Side by side: an end-to-end overhead against float for every exact mode, the user's included.
assert r.overheads*.mode == exact
r.overheads.each { o ->
    assert o.scenario == 'rsi' && o.overheadPercent instanceof Number && o.verdict in ['MET', 'MISSED', 'INCONCLUSIVE']
}
assert r.overheads.find { it.mode == 'joda-money' }.sameEngineReference == 'float'
assert r.scenarioVerdicts*.scenario == ['rsi']

// Exactness: the strategy traded, and the four exact modes agree bit for bit on every reported number.
def e = r.exactness.find { it.scenario == 'rsi' }
assert e.exactModesCompared == exact && e.exactModesAgree == true
def decimal = e.modes.find { it.mode == 'decimal' }
assert decimal.trades > 0 : 'the RSI strategy traded on the bundle'
exact.each { m ->
    def x = e.modes.find { it.mode == m }
    assert x.finalValue == decimal.finalValue && x.sessionValuesSha256 == decimal.sessionValuesSha256
    assert x.trades == decimal.trades && x.sharesFilled == decimal.sharesFilled
}
assert e.modes.find { it.mode == 'float' }.exact == false

// The Markdown report and the site page list joda-money beside the built-in modes.
def md = new File(out, 'overhead-report.md').text
modes.each { assert md.contains("`${it}`") : "overhead-report.md names ${it}" }
def html = new File(basedir, 'target/site/decibench-report.html').text
modes.each { m ->
    assert html =~ ~/(?s)<td><code>rsi<\/code><\/td>\s*<td><code>${java.util.regex.Pattern.quote(m)}<\/code><\/td>/ :
            "the report page has a row for rsi x ${m}"
}
return true
