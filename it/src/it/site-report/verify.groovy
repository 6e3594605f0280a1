// What a user looks at after `mvn verify site`: the report page under Project Reports with a row per scenario x
// mode, the overhead chart, and the same page as a browser renders it (headless Chromium's DOM and a screenshot).
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'the build failed: see build.log'
assert !log.contains('NoSuchMethodError') : 'the report must run on the Doxia 2 site plugin'

def results = new JsonSlurper().parse(new File(basedir, 'target/decibench/benchmark-results.json'))
def page = new File(basedir, 'target/site/decibench-report.html')
assert page.isFile() : "no report page at ${page}"
def html = page.text

// Linked from the Project Reports page (and its menu).
def reports = new File(basedir, 'target/site/project-reports.html').text
assert reports.contains('href="decibench-report.html"')

// Every section a user expects.
['Summary', 'Time per backtest', 'Overhead per scenario', 'Per-scenario details', 'Regressions against the baselines',
 'Exactness', 'Allocation', 'Environment', 'Trend', 'Recommendations', 'Reproduce this report'].each {
    assert html.contains(it) : "no section ${it}"
}
assert html.replaceAll('<[^>]+>', '') =~ /Target verdict: (MET|MISSED|INCONCLUSIVE|none)/

// A row per scenario x mode in the time table, with the mode's engine and the row's status.
results.settings.scenarios.each { s ->
    results.settings.modes.each { m ->
        def row = ~/(?s)<tr[^>]*>\s*<td><code>${java.util.regex.Pattern.quote(s)}<\/code><\/td>\s*<td><code>${java.util.regex.Pattern.quote(m)}<\/code><\/td>\s*<td>(java|native)<\/td>\s*<td>(ok|n\/a|unavailable)/
        assert html =~ row : "no time table row for ${s} x ${m}"
    }
}

// The chart: inline SVG with one bar per measured overhead and the target line.
def measured = results.overheads.count { it.overheadPercent != null }
assert html.contains('<svg')
assert (html =~ /class="bar"/).size() == measured
assert html.contains('class="target-line"')
assert html.contains("git checkout") || results.gitCommit == null
assert html.contains('mvn verify -Ddecibench.scenarios=daily')

// `mvn decibench:report` alone renders the same page outside the site (AbstractMavenReport's default directory).
def standalone = new File(basedir, 'target/reports/decibench-report.html')
assert standalone.isFile() : "no standalone report at ${standalone}"
assert standalone.text.contains('Overhead per scenario') && standalone.text.contains('<svg')

// The page as a browser renders it.
def chromium = ['chromium', 'chromium-browser', 'google-chrome'].find { name ->
    ['sh', '-c', "command -v ${name}"].execute().waitFor() == 0
}
if (chromium == null) {
    println "SKIPPED browser check: no chromium on PATH (install it with `apt-get install -y chromium`)"
    return true
}
def profile = new File(basedir, 'target/chromium-profile')
def flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
             '--disable-component-update', '--disable-sync', '--no-first-run', "--user-data-dir=${profile}"]
def url = page.toURI().toString()

def run = { List<String> args ->
    def out = new StringBuilder()
    def err = new StringBuilder()
    def p = ([chromium] + flags + args).execute()
    p.consumeProcessOutput(out, err)
    p.waitForOrKill(180_000)
    [p.exitValue(), out.toString(), err.toString()]
}

def (code, dom, err) = run(['--dump-dom', url])
if (code != 0 && dom.isEmpty()) {
    // Only a browser that cannot start at all is skipped; a browser that starts must show the page.
    println "SKIPPED browser check: ${chromium} could not run (exit ${code}): ${err.readLines().takeRight(5).join(' | ')}"
    return true
}
assert dom.contains('Decibench overhead report') : "Chromium's DOM lacks the page title"
assert (dom =~ /<table/).size() >= 6 : 'summary, times, overhead, details, exactness, allocation and environment tables'
assert dom =~ /<svg[^>]*role="img"/
assert (dom =~ /<rect class="bar"/).size() == measured : 'the chart has its bars in the rendered DOM'
assert !dom.contains('<script>alert')

def shot = new File(basedir, 'target/decibench-report.png')
def (shotCode, shotOut, shotErr) = run(["--screenshot=${shot}", '--window-size=1280,2600', '--hide-scrollbars', url])
assert shot.isFile() && shot.length() > 10_000 : "no screenshot (exit ${shotCode}): ${shotErr}"
println "Screenshot of the report: ${shot}"
return true
