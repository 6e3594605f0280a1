// What a user looks at after profiling daily / decimal twice and comparing: the log's tables, profile.json (the
// breakdown the site report renders), profile.md, the recording, the comparison, and the error for a wrong label.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def profiles = new File(basedir, 'target/decibench/profiles')
def json = new JsonSlurper()

['before', 'after'].each { label ->
    def dir = new File(profiles, label)
    def set = json.parse(new File(dir, 'profile.json'))
    assert set.schemaVersion == 1
    assert set.label == label
    assert set.profiles.size() == 1
    def p = set.profiles[0]
    assert p.scenario == 'daily' && p.mode == 'decimal'
    assert p.durationSeconds == 4 && p.warmupSeconds == 1
    assert new File(dir, p.recording).length() > 0 : 'the flight recording is kept next to profile.json'
    def b = p.breakdown
    assert b.samples > 0
    def modules = b.modules.collectEntries { [(it.module): it] }
    // The journey's point: BigDecimal arithmetic takes a visible share of decimal mode's time.
    assert modules['java.math arithmetic'].selfPercent > 10 : "java.math share: ${modules['java.math arithmetic']}"
    assert modules.containsKey('rounding') : 'the user rule from <moduleRules> names a module'
    ['strategy and signals', 'order handling and ledger', 'bundle access', 'native core and JNA boundary',
     'JDK other', 'other'].each { assert modules.containsKey(it) }
    assert Math.abs(b.modules.sum { it.selfPercent } - 100.0) < 1e-6
    b.modules.each { assert it.totalPercent >= it.selfPercent - 1e-9 }
    assert b.topSelf.size() > 0 && b.topSelf.every { it.method ==~ /[\w$.<>]+\.[\w$<>]+/ }
    assert b.allocations.any { it.className == 'java.math.BigDecimal' }
    def md = new File(dir, 'profile.md').text
    assert md.contains('## daily / decimal') && md.contains('| java.math arithmetic |')
}

assert json.parse(new File(profiles, 'latest.json')).label == 'after'

// The log shows the module table and where the files went.
assert log =~ /java\.math arithmetic\s+\d+\.\d%\s+\d+\.\d%/
assert log.contains("Profile 'before' written to")

// compare-profiles
def cmp = new File(profiles, 'compare-before-vs-after')
def c = json.parse(new File(cmp, 'compare.json'))
assert c.before == 'before' && c.after == 'after'
assert c.cells.size() == 1 && c.cells[0].scenario == 'daily'
assert c.cells[0].modules.any { it.module == 'java.math arithmetic' }
assert new File(cmp, 'compare.md').text.contains('# Profile comparison: `before` vs `after`')
assert log.contains('Comparison written to')

// A mistyped label fails and says which labels exist.
assert log.contains("No profile labelled 'aftr'")
assert log.contains('available labels: after, before')
return true
