package io.decibench.plugin.report;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.gate.GateRow;
import io.decibench.plugin.gate.Verdict;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.ForkSample;
import io.decibench.plugin.results.HistoryEntry;
import io.decibench.plugin.results.ResultsAssembler;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class OverheadReportRendererTest {

    private static final Path RESULTS = Path.of("target/decibench/benchmark-results.json");
    private static final Path BASELINES = Path.of("src/test/decibench/baselines.json");

    private static ReportData data(BenchmarkResults results, List<GateRow> rows, boolean checkRan,
                                   boolean baselines, List<HistoryEntry> history) {
        return new ReportData(RESULTS, results, List.of(), rows, checkRan, BASELINES, baselines, history);
    }

    /** The page's text without tags, numeric character references decoded (Doxia writes non-ASCII as them). */
    private static String text(String html) {
        return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(html.replaceAll("<[^>]+>", ""))
                .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
    }

    /** The rows of the first table after the heading with the given id's section. */
    private static List<String> tableRowsAfter(String html, String anchor) {
        int from = html.indexOf("id=\"" + anchor + "\"");
        assertThat(from).as("section " + anchor).isNotNegative();
        int start = html.indexOf("<table", from);
        int end = html.indexOf("</table>", start);
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html.substring(start, end));
        while (m.find()) {
            rows.add(m.group(1).replaceAll("<[^>]+>", "|").replaceAll("\\s*\\|[\\s|]*", "|"));
        }
        return rows;
    }

    @Test
    void rendersEverySectionWithARowPerScenarioAndModeAndTheChart() throws Exception {
        String html = RenderedPage.html(data(Fixtures.sampleRun(), List.of(), false, false, List.of()));

        assertThat(html).contains("Decibench overhead report", "Summary", "Time per backtest", "Overhead per scenario",
                "Per-scenario details", "Regressions against the baselines", "Exactness", "Allocation", "Environment",
                "Trend", "Recommendations", "Reproduce this report");
        assertThat(text(html)).contains("Target verdict: MET — decimal-native meets the 30% target end to end in"
                + " every scenario (daily, hourly).");
        assertThat(text(html)).contains("Regression verdict: no baselines");
        // Verdicts are coloured labels: green when met, red when missed.
        assertThat(html).contains("<span class=\"label label-success\">MET</span>")
                .contains("<span class=\"label label-important\">MISSED</span>");

        List<String> times = tableRowsAfter(html, "times");
        assertThat(times).hasSize(1 + 2 * 3);
        assertThat(times.get(1)).startsWith("|daily|float|java|ok|").contains("ms/op");
        assertThat(times.get(3)).startsWith("|daily|decimal-native|native|ok|");
        List<String> overheads = tableRowsAfter(html, "overhead");
        assertThat(overheads).hasSize(1 + 2 * 2);
        assertThat(overheads.get(1)).startsWith("|daily|decimal|+40.").contains("|30%|MISSED|");
        assertThat(overheads.get(2)).startsWith("|daily|decimal-native|+10.").endsWith("|30%|MET|");

        assertThat(html).contains("<svg").contains("class=\"bar\"").contains("class=\"target-line\"");
        assertThat(Pattern.compile("class=\"bar\"").matcher(html).results().count()).isEqualTo(4);
        assertThat(html).contains("mvn verify -Ddecibench.scenarios=daily,hourly "
                + "-Ddecibench.modes=float,decimal,decimal-native -Ddecibench.runs=5");
        assertThat(html).contains("git checkout 3f2a9c");
        assertThat(text(html)).contains("decimal-native is the cheapest exact mode that meets the 30% target");
        // Commands are set in monospace, never shown with backticks.
        assertThat(html).contains("<code>mvn decibench:baseline</code>").doesNotContain("`");
    }

    @Test
    void showsRegressionRowsAndTheWorstVerdictWhenCheckRan() throws Exception {
        List<GateRow> rows = List.of(
                new GateRow("daily", "decimal", "overhead-ratio", 1.40, 1.75, 0.25, 0.21, 0.29, Verdict.FAIL, null,
                        null),
                new GateRow("daily", "float", "time", 10.0, 10.1, 0.01, -0.02, 0.04, Verdict.PASS, "ms/op", null));
        String html = RenderedPage.html(data(Fixtures.sampleRun(), rows, true, true, List.of()));

        assertThat(text(html)).contains("Regression verdict: FAIL").contains("2 rows compared with the baselines"
                + " (1 FAIL, 1 PASS)");
        List<String> table = tableRowsAfter(html, "regressions");
        assertThat(table).hasSize(3);
        assertThat(table.get(1)).isEqualTo("|daily|decimal|overhead-ratio|1.4000|1.7500|+25.0% [+21.0%, +29.0%]|FAIL|");
        assertThat(table.get(2)).isEqualTo("|daily|float|time|10.00 ms/op|10.10 ms/op|+1.0% [-2.0%, +4.0%]|PASS|");
        assertThat(text(html)).contains("Regressions against the baselines (daily decimal overhead-ratio FAIL)");
    }

    @Test
    void drawsTheTrendOnlyFromTwoRunsOn() throws Exception {
        HistoryEntry one = HistoryEntry.of(Fixtures.sampleRun());
        String single = RenderedPage.html(data(Fixtures.sampleRun(), List.of(), false, false, List.of(one)));
        assertThat(single).doesNotContain("trend-line").contains("holds 1");

        String two = RenderedPage.html(data(Fixtures.sampleRun(), List.of(), false, false, List.of(one, one)));
        assertThat(two).contains("class=\"trend-line\"");
    }

    @Test
    void escapesAScenarioNamedLikeAScriptEverywhere() throws Exception {
        String evil = "<script>alert(1)</script>";
        List<ForkSample> forks = new ArrayList<>();
        for (int r = 1; r <= 3; r++) {
            forks.add(Fixtures.fork(evil, "float", r, 10.0 + r * 0.01, 100));
            forks.add(Fixtures.fork(evil, "decimal", r, 13.0 + r * 0.02, 1000));
        }
        BenchmarkResults results = ResultsAssembler.assemble(forks,
                Fixtures.settings(List.of(evil), List.of("float", "decimal"), 3), Fixtures.fingerprint(), null,
                Instant.parse("2026-11-26T22:00:00Z"), List.of(Fixtures.exactness(evil, "0")), Map.of());
        List<GateRow> rows = List.of(
                new GateRow(evil, "decimal", "time", 1.0, 1.0, 0.0, -0.01, 0.01, Verdict.PASS, "ms/op", null));

        String html = RenderedPage.html(data(results, rows, true, true, List.of()));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aSparseHandMadeResultsFileStillRenders() throws Exception {
        BenchmarkResults r = Fixtures.sampleRun();
        BenchmarkResults sparse = new BenchmarkResults(1, null, null, null, null, r.results(), r.overheads(),
                List.of(), null, List.of(), null);

        String html = RenderedPage.html(data(sparse, List.of(), false, false, List.of()));

        assertThat(text(html)).contains("Target verdict: none");
        assertThat(html).contains("class=\"bar\"").contains("mvn verify");
        // Without settings the modes still come out in results order, with the built-in metadata.
        assertThat(tableRowsAfter(html, "times").get(3)).startsWith("|daily|decimal-native|native|");
    }

    @Test
    void withoutResultsExplainsHowToProduceThem() throws Exception {
        String html = RenderedPage.html(data(null, List.of(), false, false, List.of()));

        assertThat(html).contains("No benchmark results yet").contains("mvn verify")
                .contains("mvn decibench:setup-bundles decibench:benchmark").contains(RESULTS.toString())
                .doesNotContain("<svg");
    }

    @Test
    void listsInputProblemsOnThePage() throws Exception {
        ReportData broken = new ReportData(RESULTS, null, List.of("Malformed benchmark results x.json at line 3"),
                List.of(), false, BASELINES, false, List.of());

        String html = RenderedPage.html(broken);

        assertThat(html).contains("Problems reading the inputs").contains("Malformed benchmark results x.json at line 3")
                .contains("No benchmark results yet");
    }
}
