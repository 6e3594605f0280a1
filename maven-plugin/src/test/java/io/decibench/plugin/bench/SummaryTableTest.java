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

class SummaryTableTest {

    @Test
    void one_row_per_scenario_and_mode_with_overheads_overall_and_verdict() {
        List<String> lines = SummaryTable.lines(Fixtures.sampleRun());

        assertThat(lines.get(0)).matches("\\[decibench\\] scenario\\s+mode\\s+mean ± CI\\s+overhead % \\[95% CI\\]\\s+target 30% verdict");
        assertThat(lines).filteredOn(l -> l.matches("\\[decibench\\] (daily|hourly)\\s.*")).hasSize(6);
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "\\[decibench\\] daily\\s+float\\s+\\d+\\.\\d{3} ± \\d+\\.\\d{3} ms/op\\s+\\(baseline\\)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "\\[decibench\\] daily\\s+decimal\\s+.* ms/op\\s+\\+40\\.\\d% \\[\\+\\d+\\.\\d, \\+\\d+\\.\\d\\]\\s+MISSED"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "\\[decibench\\] hourly\\s+decimal-native\\s+.*\\+10\\.\\d% .*MET"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("[decibench] overall decimal: +40.")
                .endsWith("target 30%: MISSED"));
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("[decibench] verdict: MET with decimal-native (the cheapest exact option)");
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

        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\[decibench\\] daily\\s+decimal-native\\s+unavailable.*"));
        assertThat(lines).contains("[decibench] daily / decimal-native unavailable: libdecibench.so not found. Fix: build it.");
    }
}
