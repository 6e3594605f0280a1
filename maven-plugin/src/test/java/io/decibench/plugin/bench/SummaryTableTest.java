package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.ForkSample;
import io.decibench.plugin.results.ResultsAssembler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The console summary's structure; its exact text is sealed by the golden-file test of every view. */
class SummaryTableTest {

    @Test
    void one_row_per_scenario_and_mode_with_both_overheads_then_overall_and_verdicts() {
        List<String> lines = SummaryTable.lines(Fixtures.sampleRun());

        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("[decibench] "));
        assertThat(lines.get(0)).matches("\\[decibench\\] scenario\\s+mode\\s+mean ± CI\\s+per bar\\s+extra per bar"
                + "\\s+end to end \\[95% CI\\]\\s+same engine \\[95% CI\\]\\s+verdict");
        assertThat(lines).filteredOn(l -> l.matches("\\[decibench\\] (daily|hourly)\\s.*")).hasSize(6);
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "\\[decibench\\] daily\\s+float\\s+10\\.00 ± 0\\.20 ms/op\\s+–\\s+\\(reference\\)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\[decibench\\] daily\\s+decimal\\s+.* ms/op\\s+–"
                + "\\s+\\+40\\.0% \\[\\+\\d+\\.\\d%, \\+\\d+\\.\\d%\\]\\s+\\+40\\.0% .* vs float\\s+MISSED"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "\\[decibench\\] hourly\\s+decimal-native\\s+.*\\+10\\.0% \\[.*\\]\\s+MET"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("[decibench] overall decimal over daily, hourly:"
                + " +40.0%").endsWith("target 30%: MISSED"));
        assertThat(lines).contains("[decibench] target verdict per scenario: daily MET (decimal-native), hourly MET"
                + " (decimal-native)");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("[decibench] Run verdict: MET — decimal-native meets the"
                + " 30% target end to end in every scenario (daily, hourly)");
    }

    @Test
    void an_unavailable_mode_shows_its_status_and_reason() {
        List<ForkSample> forks = new ArrayList<>();
        for (int r = 1; r <= 2; r++) {
            forks.add(Fixtures.fork("daily", "float", r, 10, 0));
            forks.add(Fixtures.fork("daily", "decimal", r, 12, 0));
        }
        BenchmarkResults results = ResultsAssembler.assemble(forks,
                Fixtures.settings(List.of("daily"), List.of("float", "decimal", "decimal-native"), 2),
                Fixtures.fingerprint(), null, Instant.now(), List.of(),
                Map.of("decimal-native", "libdecibench.so not found. Fix: build it."));

        List<String> lines = SummaryTable.lines(results);

        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\[decibench\\] daily\\s+decimal-native\\s+unavailable"
                + " \\(see below\\)"));
        assertThat(lines).contains("[decibench] daily / decimal-native unavailable: libdecibench.so not found. Fix: build it.");
    }
}
