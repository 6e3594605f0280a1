// What a user sees after `mvn site` with the report declared but no benchmark run: a green build, a log line
// saying why the page is empty, and a page under Project Reports that says how to produce results.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'the build failed: see build.log'
assert !log.contains('NoSuchMethodError') : 'the report must run on the Doxia 2 site plugin'
assert log =~ /No benchmark results at .*benchmark-results\.json: the Decibench report explains how to produce them/

def page = new File(basedir, 'target/site/decibench-report.html')
assert page.isFile() : "no report page at ${page}"
def html = page.text
assert html.contains('Decibench overhead report')
assert html.contains('No benchmark results yet')
assert html.contains('mvn verify')
assert html.contains('mvn decibench:setup-bundles decibench:benchmark')
assert !html.contains('<svg')

def reports = new File(basedir, 'target/site/project-reports.html').text
assert reports.contains('href="decibench-report.html"') : 'the page is listed under Project Reports'
assert reports.contains('Decibench overhead')
