package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaselineChangesTest {

    @Test
    void firstBaselineListsEveryRowAsNew() {
        List<String> lines = BaselineChanges.describe(Optional.empty(), GateFixtures.baselines());

        assertThat(lines).hasSize(6).allSatisfy(l -> assertThat(l).contains(": new ("));
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .matches("daily decimal: new \\(overhead ratio 1\\.\\d{4}, time [0-9.]+ ms/op, alloc [\\d,]+ B/op\\)"));
    }

    @Test
    void updatePrintsOldToNewPerRowAndRemovedRows() {
        Baselines old = GateFixtures.scaled(0.5, 0.5, 1);
        Baselines next = GateFixtures.baselines();
        Baselines withoutHourly = new Baselines(next.schemaVersion(), next.createdAt(), next.gitCommit(),
                next.fingerprint(), next.thresholds(),
                next.rows().stream().filter(r -> r.scenario().equals("daily")).toList());

        List<String> lines = BaselineChanges.describe(Optional.of(old), withoutHourly);

        assertThat(lines).contains("hourly float: removed (not in the latest results)");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "daily decimal: overhead ratio 0\\.7000 -> 1\\.4000 \\(\\+100\\.0%\\), time [0-9.]+ ms/op -> "
                        + "[0-9.]+ ms/op \\(\\+100\\.0%\\), alloc [\\d,]+ B/op -> [\\d,]+ B/op \\(\\+0\\.0%\\)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("daily float: time ").doesNotContain("ratio"));
    }
}
