package io.decibench.plugin.markdown;

import static io.decibench.plugin.results.Fixtures.fork;
import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.ForkSample;
import io.decibench.plugin.results.ResultsAssembler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverheadMarkdownReportTest {

    private static final Instant NOW = Instant.parse("2026-11-26T22:00:00Z");

    @Test
    void hasEverySectionInOrder() {
        String md = OverheadMarkdownReport.render(Fixtures.sampleRun());
        assertThat(md).startsWith("# Decibench overhead report\n");
        assertThat(md).containsSubsequence("## Executive summary", "## Results", "## Per-scenario details",
                "### daily", "### hourly", "## Exactness", "## Environment", "## Recommendations");
    }

    @Test
    void summaryGivesOneSentencePerDecimalModeWithOverallOverheadAndCi() {
        BenchmarkResults run = Fixtures.sampleRun();
        String summary = section(OverheadMarkdownReport.render(run), "## Executive summary");
        var dec = run.overall("decimal").orElseThrow();
        assertThat(summary).contains("- `decimal` **does not meet** the 30.0 % target: overall overhead "
                + Numbers.percentWithCi(dec.overheadPercent(), dec.overheadCiLow(), dec.overheadCiHigh()));
        assertThat(summary).contains("- `decimal-native` **meets** the 30.0 % target");
        assertThat(summary).contains("**Run verdict: MET** (`decimal-native`");
    }

    @Test
    void resultsTableHasARowPerScenarioAndModeAndOverallRows() {
        String table = section(OverheadMarkdownReport.render(Fixtures.sampleRun()), "## Results");
        assertThat(table).contains("| scenario | mode | mean ± CI (ms/op) | overhead % [95% CI] | target | verdict |");
        for (String s : List.of("daily", "hourly")) {
            assertThat(table).containsPattern("\\| " + s + " \\| float \\| [0-9]+\\.[0-9]{2,3} ± 0\\.[0-9]{2,3} \\| baseline \\| - \\| - \\|");
            assertThat(table).containsPattern("\\| " + s + " \\| decimal \\| [0-9.]+ ± [0-9.]+ \\| [0-9.]+ % \\[[0-9.]+ %, [0-9.]+ %\\] \\| 30.0 % \\| MISSED \\|");
            assertThat(table).containsPattern("\\| " + s + " \\| decimal-native \\| .* \\| MET \\|");
        }
        assertThat(table).contains("| overall (geometric mean) | decimal |");
        assertThat(tableRows(table)).hasSize(6 + 2);
    }

    @Test
    void unmeasuredModesShowAsNaRowsWithTheirReason() {
        List<ForkSample> forks = new ArrayList<>();
        for (int r = 1; r <= 3; r++) {
            forks.add(fork("daily", "float", r, 1.0, 100));
            forks.add(fork("daily", "decimal", r, 1.1 + r * 0.001, 5000));
        }
        BenchmarkResults run = ResultsAssembler.assemble(forks, Fixtures.settings(List.of("daily", "mine"),
                List.of("float", "decimal", "decimal-native"), 3), Fixtures.fingerprint(), null, NOW, List.of(),
                Map.of("decimal-native", "native library missing: run `mvn -pl kernel-native package`"));
        String md = OverheadMarkdownReport.render(run);
        String table = section(md, "## Results");
        assertThat(table).contains("| daily | decimal-native | unavailable: native library missing");
        assertThat(table).contains("| mine | decimal | n/a: scenario mine does not implement mode decimal | n/a | - | n/a |");
        assertThat(table).contains("| mine | float | n/a: ");
        assertThat(tableRows(table)).hasSize(6 + 1);
        assertThat(section(md, "## Exactness")).contains("No exactness check was recorded");
        assertThat(section(md, "## Recommendations")).contains("`decimal-native` was not measured on this machine");
    }

    @Test
    void pipesInNamesAndReasonsAreEscapedInTables() {
        List<ForkSample> forks = List.of(fork("a|b", "float", 1, 1.0, 1), fork("a|b", "decimal", 1, 1.2, 1));
        BenchmarkResults run = ResultsAssembler.assemble(forks, Fixtures.settings(List.of("a|b"),
                List.of("float", "decimal", "decimal-native"), 1), Fixtures.fingerprint(), null, NOW, List.of(),
                Map.of("decimal-native", "lib | missing\nsecond line"));
        String table = section(OverheadMarkdownReport.render(run), "## Results");
        assertThat(table).contains("| a\\|b | float |");
        assertThat(table).contains("unavailable: lib \\| missing second line |");
        // Every row still has exactly the 6 columns of the header: 7 unescaped pipes.
        for (String row : tableRows(table)) {
            assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).as(row).isEqualTo(7);
        }
    }

    @Test
    void meanAndHalfWidthArePrintedToTheIntervalsPrecision() {
        assertThat(Numbers.plusMinus(10.0, 0.1963)).isEqualTo("10.00 ± 0.20");
        assertThat(Numbers.plusMinus(1234.4, 27.0)).isEqualTo("1234 ± 27");
        assertThat(Numbers.plusMinus(0.012345, 0.00042)).isEqualTo("0.01235 ± 0.00042");
    }

    @Test
    void detailsListForksPerForkMeansPairRatiosAndAllocation() {
        String details = section(OverheadMarkdownReport.render(Fixtures.sampleRun()), "## Per-scenario details");
        assertThat(details).contains("| float | 5 | 10, 10.2, 9.9, 10.1, 9.8 ms/op |");
        assertThat(details).contains("| 1.4000, 1.4140, 1.3930, 1.4070, 1.3860 | 25000000 |");
        assertThat(details).contains("| 1 (baseline) | 128 |");
    }

    @Test
    void exactnessShowsDriftAgreementAndHashes() {
        String ex = section(OverheadMarkdownReport.render(Fixtures.sampleRun()), "## Exactness");
        assertThat(ex).contains("| daily | 0.0012 | 0.0012 | yes | yes | float: 123456.7800; decimal: 123456.7812;"
                + " decimal-native: 123456.7812 | float: aa11; decimal: bb22; decimal-native: bb22 |");
    }

    @Test
    void environmentNamesMachineSettingsAndCommit() {
        BenchmarkResults run = Fixtures.sampleRun();
        String env = section(OverheadMarkdownReport.render(run), "## Environment");
        assertThat(env).contains(run.fingerprint().id()).contains("Test CPU @ 3.0GHz").contains("2 cores")
                .contains("Eclipse Adoptium 17.0.15").contains("`-Xmx2g`").contains("`3f2a9c`")
                .contains("Runs (forks per mode): 5, order counterbalanced").contains("Target: 30.0 %");
    }

    @Test
    void recommendationsFollowFromTheNumbers() {
        String rec = section(OverheadMarkdownReport.render(Fixtures.sampleRun()), "## Recommendations");
        assertThat(rec).contains("use the native decimal core");
        assertThat(rec).contains("`float` drifted from the exact ledger by up to 0.0012 currency units (`daily`");
        assertThat(rec).contains("`decimal` allocates over 1 MiB per backtest (`daily`: 23.84 MiB, 195300x float;"
                + " `hourly`: 23.84 MiB, 195300x float)").doesNotContain("`float` allocates");
        assertThat(rec).contains("mvn decibench:baseline");
        assertThat(rec).doesNotContain("INCONCLUSIVE");
    }

    @Test
    void anInconclusiveRowSuggestsHowManyRunsWouldDecide() {
        // ~29 % with wide noise around the 30 % target
        double[] ratios = {1.20, 1.38, 1.25, 1.33, 1.29};
        List<ForkSample> forks = new ArrayList<>();
        for (int r = 1; r <= ratios.length; r++) {
            forks.add(fork("daily", "float", r, 2.0, Double.NaN));
            forks.add(fork("daily", "decimal", r, 2.0 * ratios[r - 1], Double.NaN));
        }
        BenchmarkResults run = ResultsAssembler.assemble(forks, Fixtures.settings(List.of("daily"),
                List.of("float", "decimal"), 5), Fixtures.fingerprint(), null, NOW,
                List.of(new Exactness("daily", Map.of(), Map.of(), false, null, null, null)), Map.of());
        String md = OverheadMarkdownReport.render(run);
        assertThat(section(md, "## Executive summary")).contains("`decimal` is **inconclusive** against the 30.0 % target");
        String rec = section(md, "## Recommendations");
        assertThat(rec).contains("`daily` x `decimal`: the overhead's CI").contains("INCONCLUSIVE")
                .containsPattern("-Ddecibench.runs=\\d+|too close to the target");
        assertThat(rec).contains("The decimal modes disagree in `daily`");
        assertThat(rec).doesNotContain("mvn decibench:baseline");
    }

    @Test
    void aSingleRunSaysThereIsNoInterval() {
        List<ForkSample> forks = List.of(fork("daily", "float", 1, 1.0, 1), fork("daily", "decimal", 1, 1.1, 1));
        BenchmarkResults run = ResultsAssembler.assemble(forks, Fixtures.settings(List.of("daily"),
                List.of("float", "decimal"), 1), Fixtures.fingerprint(), null, NOW, List.of(), Map.of());
        String md = OverheadMarkdownReport.render(run);
        assertThat(section(md, "## Results")).contains("(1 fork, no CI)").contains("10.0 % (no CI)");
        assertThat(section(md, "## Recommendations")).contains("Only 1 run per mode");
    }

    @Test
    void writesTheRenderedReportToAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        BenchmarkResults run = Fixtures.sampleRun();
        java.nio.file.Path file = dir.resolve("decibench/" + OverheadMarkdownReport.FILE_NAME);
        OverheadMarkdownReport.write(file, run);
        assertThat(file).hasContent(OverheadMarkdownReport.render(run));
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
