package io.decibench.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.plugin.bench.SummaryTable;
import io.decibench.plugin.gate.CheckOutcome;
import io.decibench.plugin.gate.CheckResultsJson;
import io.decibench.plugin.gate.CheckTable;
import io.decibench.plugin.gate.GateRow;
import io.decibench.plugin.gate.JUnitReport;
import io.decibench.plugin.gate.Thresholds;
import io.decibench.plugin.markdown.OverheadMarkdownReport;
import io.decibench.plugin.report.RenderedPage;
import io.decibench.plugin.report.ReportData;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.HistoryEntry;
import io.decibench.plugin.results.HistoryFile;
import io.decibench.plugin.results.Overhead;
import io.decibench.plugin.results.ResultsJson;
import io.decibench.plugin.view.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every view of one fixed results file (and one fixed check-results file and history) against its golden file under
 * {@code src/test/resources/golden/views}. A change to a format is one edit and one reviewed diff: run
 * {@code mvn -pl maven-plugin test -Dtest=GoldenViewsTest -Ddecibench.updateGolden=true}, then review
 * {@code git diff src/test/resources/golden}. The inputs' figures are made up for the test; they are not measurements.
 */
class GoldenViewsTest {

    private static final Path INPUTS = Path.of("src/test/resources/golden");
    private static final Path VIEWS = INPUTS.resolve("views");

    private static final BenchmarkResults RESULTS = ResultsJson.read(INPUTS.resolve("benchmark-results.json"));
    private static final List<GateRow> ROWS = CheckResultsJson.read(INPUTS.resolve("check-results.json"));
    private static final CheckOutcome CHECK = new CheckOutcome(ROWS, RESULTS, true, Thresholds.DEFAULTS,
            (int) ROWS.stream().filter(r -> r.changeCiLow() != null).count(), 3, null, 0, 0);

    @TempDir
    Path dir;

    @Test
    void consoleSummary() throws Exception {
        golden("summary.txt", String.join("\n", SummaryTable.lines(RESULTS)) + "\n");
    }

    @Test
    void markdownReportAndItsChart() throws Exception {
        Path file = dir.resolve(OverheadMarkdownReport.FILE_NAME);
        List<Path> written = OverheadMarkdownReport.write(file, RESULTS);
        assertThat(written).hasSize(2);
        golden("overhead-report.md", Files.readString(file));
        golden("overhead-report-overhead-chart.svg", Files.readString(written.get(1)));
    }

    @Test
    void sitePage() throws Exception {
        golden("decibench-report.html", RenderedPage.html(siteData()));
    }

    @Test
    void checkLogTable() throws Exception {
        golden("check.txt", CheckTable.text(CHECK));
    }

    @Test
    void githubStepSummary() throws Exception {
        golden("step-summary.md", CheckTable.markdown(CHECK));
    }

    @Test
    void junitXml() throws Exception {
        Path file = dir.resolve(JUnitReport.FILE_NAME);
        JUnitReport.write(file, CHECK);
        golden(JUnitReport.FILE_NAME, Files.readString(file));
    }

    /** The overhead of a row reads the same in the console, Markdown, site, check table, step summary and JUnit XML. */
    @Test
    void anOverheadReadsTheSameInEveryView() throws Exception {
        // The mode that decides the scenario's verdict: the one its JUnit testcase names.
        Overhead o = RESULTS.overhead("daily", "decimal-native").orElseThrow();
        String figure = Format.percentWithInterval(o.overheadPercent(), o.overheadCiLow(), o.overheadCiHigh());
        Path junit = dir.resolve(JUnitReport.FILE_NAME);
        JUnitReport.write(junit, CHECK);
        Map<String, String> views = Map.of(
                "console", String.join("\n", SummaryTable.lines(RESULTS)),
                "markdown", OverheadMarkdownReport.render(RESULTS),
                "site", RenderedPage.html(siteData()),
                "check", CheckTable.text(CHECK),
                "step summary", CheckTable.markdown(CHECK),
                "junit", Files.readString(junit));
        views.forEach((name, text) -> assertThat(text).as(name).contains(figure));
        // An undefined figure is the one glyph everywhere, never a Java or JSON spelling of nothing.
        views.forEach((name, text) -> assertThat(text).as(name).doesNotContain("null").doesNotContain("NaN"));
    }

    private static ReportData siteData() throws Exception {
        List<HistoryEntry> history = new HistoryFile(INPUTS.resolve("history.jsonl")).read().entries();
        return new ReportData(Path.of("target/decibench/benchmark-results.json"), RESULTS, List.of(), ROWS, true,
                Path.of("src/test/decibench/baselines.json"), true, history);
    }

    private static void golden(String name, String actual) throws Exception {
        Path expected = VIEWS.resolve(name);
        if (Boolean.getBoolean("decibench.updateGolden")) {
            Files.createDirectories(VIEWS);
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        Path written = Path.of("target/golden").resolve(name);
        Files.createDirectories(written.getParent());
        Files.writeString(written, actual, StandardCharsets.UTF_8);
        assertThat(expected).as("golden file " + expected + " (update all with -Ddecibench.updateGolden=true)")
                .exists();
        assertThat(actual).as("%s differs from its golden file %s; the actual output is %s. If the change is"
                        + " intended, run mvn -pl maven-plugin test -Dtest=GoldenViewsTest -Ddecibench.updateGolden=true"
                        + " and review the diff.", name, expected, written)
                .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
