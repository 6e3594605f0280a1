package io.decibench.plugin.markdown;

import static io.decibench.plugin.results.Fixtures.fork;
import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.ForkSample;
import io.decibench.plugin.results.ResultsAssembler;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** overhead-report.md's structure; its exact text is sealed by the golden-file test of every view. */
class OverheadMarkdownReportTest {

    private static final Instant NOW = Instant.parse("2026-11-26T22:00:00Z");

    @Test
    void hasEverySectionOfTheReportButTheSiteOnlyOnes() {
        String md = OverheadMarkdownReport.render(Fixtures.sampleRun());
        assertThat(md).startsWith("# Decibench overhead report\n\nRun of 2026-11-26 22:00:00 UTC at commit `3f2a9c`");
        assertThat(md).containsSubsequence("## Summary", "**Target verdict: MET**", "## Time per backtest",
                "## Overhead per scenario", "## Per-scenario details", "### daily", "### hourly", "## Exactness",
                "## Allocation", "## Environment", "## Recommendations", "## Reproduce this report");
        assertThat(md).doesNotContain("## Regressions").doesNotContain("## Trend");
    }

    @Test
    void unmeasuredModesShowTheirStatusWithTheReasonBelowTheTable() {
        List<ForkSample> forks = new ArrayList<>();
        for (int r = 1; r <= 3; r++) {
            forks.add(fork("daily", "float", r, 1.0, 100));
            forks.add(fork("daily", "decimal", r, 1.1 + r * 0.001, 5000));
        }
        BenchmarkResults run = ResultsAssembler.assemble(forks, Fixtures.settings(List.of("daily", "mine"),
                List.of("float", "decimal", "decimal-native"), 3), Fixtures.fingerprint(), null, NOW, List.of(),
                Map.of("decimal-native", "native library missing: run `mvn -pl kernel-native package`"));
        String times = section(OverheadMarkdownReport.render(run), "## Time per backtest");
        assertThat(times).contains("| `daily` | `decimal-native` | native | unavailable (1) | – |");
        assertThat(times).contains("| `mine` | `decimal` | java | n/a (3) | – |");
        assertThat(times).contains("(1) `daily` / `decimal-native`: native library missing: run \\`mvn -pl"
                + " kernel-native package\\`");
        assertThat(tableRows(times)).hasSize(6);
    }

    @Test
    void pipesInNamesAndReasonsAreEscapedInTables() {
        List<ForkSample> forks = List.of(fork("a|b", "float", 1, 1.0, 1), fork("a|b", "decimal", 1, 1.2, 1));
        BenchmarkResults run = ResultsAssembler.assemble(forks, Fixtures.settings(List.of("a|b"),
                List.of("float", "decimal", "decimal-native"), 1), Fixtures.fingerprint(), null, NOW, List.of(),
                Map.of("decimal-native", "lib | missing\nsecond line"));
        String times = section(OverheadMarkdownReport.render(run), "## Time per backtest");
        assertThat(times).contains("| `a\\|b` | `float` |");
        // Every row still has exactly the 7 columns of the header: 8 unescaped pipes.
        for (String row : tableRows(times)) {
            assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).as(row).isEqualTo(8);
        }
    }

    @Test
    void writesTheReportWithItsChartBesideIt(@TempDir Path dir) throws Exception {
        BenchmarkResults run = Fixtures.sampleRun();
        Path file = dir.resolve("decibench/" + OverheadMarkdownReport.FILE_NAME);

        List<Path> written = OverheadMarkdownReport.write(file, run);

        Path chart = file.resolveSibling("overhead-report-overhead-chart.svg");
        assertThat(written).containsExactly(file, chart);
        assertThat(file).hasContent(OverheadMarkdownReport.render(run));
        assertThat(OverheadMarkdownReport.render(run)).contains("](overhead-report-overhead-chart.svg)");
        assertThat(chart).content().startsWith("<svg").contains("class=\"bar\"");
    }

    /** The text of one "## " section, up to the next one. */
    private static String section(String md, String heading) {
        int start = md.indexOf(heading + "\n");
        assertThat(start).as("section " + heading).isNotNegative();
        int end = md.indexOf("\n## ", start + heading.length());
        return md.substring(start, end < 0 ? md.length() : end);
    }

    private static List<String> tableRows(String section) {
        return Arrays.stream(section.split("\n"))
                .filter(l -> l.startsWith("|") && !l.startsWith("| scenario") && !l.startsWith("|---"))
                .toList();
    }
}
