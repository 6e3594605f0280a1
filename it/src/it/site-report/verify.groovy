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

// The charts as the browser lays them out: no two texts overlap (values, ticks, legend, axis title, target label),
// no value label lies on the target line, and nothing leaves the picture. Measured with the browser's own boxes.
def charts = (html =~ /(?s)<div class="decibench-chart[^"]*">(.*?)<\/div>/).collect { it[1] }
assert charts.size() >= 1
def measure = '''<script>
function boxes(root, sel) { return Array.from(root.querySelectorAll(sel)).map(e => { const r = e.getBoundingClientRect();
  return {t: e.textContent, c: e.getAttribute('class'), l: r.left, r: r.right, tp: r.top, b: r.bottom}; }); }
function ov(a, b) { return a.l < b.r && b.l < a.r && a.tp < b.b && b.tp < a.b; }
const out = [];
document.querySelectorAll('svg').forEach((svg, i) => {
  const texts = boxes(svg, 'text');
  for (let a = 0; a < texts.length; a++) for (let b = a + 1; b < texts.length; b++)
    if (ov(texts[a], texts[b])) out.push('OVERLAP ' + i + ': ' + texts[a].t + ' / ' + texts[b].t);
  const line = svg.querySelector('line.target-line').getBoundingClientRect();
  texts.filter(t => t.c === 'value-label').forEach(t => {
    if (t.l < line.right && line.left < t.r && t.tp < line.bottom && line.top < t.b) out.push('ON TARGET LINE: ' + t.t); });
  const sv = svg.getBoundingClientRect();
  texts.forEach(t => { if (t.l < sv.left - 0.5 || t.r > sv.right + 0.5 || t.tp < sv.top - 0.5 || t.b > sv.bottom + 0.5)
    out.push('OUTSIDE ' + i + ': ' + t.t); });
  out.push('CHECKED ' + i + ' ' + texts.length);
});
document.body.insertAdjacentHTML('beforeend', '<pre id="result">' + out.join('|') + '</pre>');
</script>'''
def checkPage = new File(basedir, 'target/chart-check.html')
checkPage.text = '<html><body style="margin:0">' + charts.collect { "<div>${it}</div>" }.join('') + measure + '</body></html>'
def (checkCode, checkDom, checkErr) = run(['--dump-dom', checkPage.toURI().toString()])
// The dumped DOM holds the script's own source too: the findings are the last <pre id="result">.
def chartResults = (checkDom =~ /<pre id="result">([^<]*)<\/pre>/).collect { it[1] }
assert chartResults : "the chart check did not run (exit ${checkCode}): ${checkErr.readLines().takeRight(3)}"
def findings = chartResults.last().split('\\|') as List
assert findings.count { it.startsWith('CHECKED') } == charts.size()
assert findings.findAll { !it.startsWith('CHECKED') }.isEmpty() : "charts as Chromium lays them out: ${findings}"

def shot = new File(basedir, 'target/decibench-report.png')
def (shotCode, shotOut, shotErr) = run(["--screenshot=${shot}", '--window-size=1280,2600', '--hide-scrollbars', url])
assert shot.isFile() && shot.length() > 10_000 : "no screenshot (exit ${shotCode}): ${shotErr}"
println "Screenshot of the report: ${shot}"
return true
