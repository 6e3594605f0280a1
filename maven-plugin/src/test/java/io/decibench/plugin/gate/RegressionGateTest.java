package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.plugin.results.Fingerprint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegressionGateTest {

    private final RegressionGate gate = new RegressionGate(Thresholds.DEFAULTS);

    @Test
    void aRunAgainstItsOwnBaselinesPassesEveryRow() {
        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.of(GateFixtures.baselines()));

        // 2 scenarios x 3 modes: 6 time + 6 alloc + 4 overhead-ratio rows
        assertThat(outcome.rows()).hasSize(16);
        assertThat(outcome.rows()).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.change()).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-12));
        });
        assertThat(outcome.rows().stream().map(GateRow::metric).distinct())
                .containsExactlyInAnyOrder("overhead-ratio", "time", "alloc");
    }

    @Test
    void aBaselineTwiceAsFastFailsTimeAndRatio() {
        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.of(GateFixtures.scaled(0.5, 0.5, 1)));

        assertThat(outcome.failures()).extracting(GateRow::metric).containsOnly("time", "overhead-ratio")
                .hasSize(10);
        GateRow time = row(outcome, "daily", "float", "time");
        assertThat(time.change()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(time.changeCiLow()).isGreaterThan(0.05).isLessThan(1.0);
        assertThat(time.changeCiHigh()).isGreaterThan(1.0);
    }

    @Test
    void anotherMachineStillGatesTheRatioButNotTime() {
        Baselines other = GateFixtures.withFingerprint(GateFixtures.scaled(0.5, 0.5, 1), f -> Fingerprint.of(
                "Other CPU", 64, f.os(), f.arch(), f.jdkVendor(), f.jdkVersion(), f.jvmArgs()));

        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.of(other));

        assertThat(outcome.rows()).filteredOn(r -> r.metric().equals("time")).hasSize(6).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.NOT_COMPARED);
            assertThat(r.note()).isEqualTo("other machine: not compared");
            assertThat(r.baseline()).isNotNull();
            assertThat(r.current()).isNotNull();
        });
        assertThat(outcome.rows()).filteredOn(r -> r.metric().equals("overhead-ratio")).hasSize(4)
                .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.FAIL));
        assertThat(outcome.rows()).filteredOn(r -> r.metric().equals("alloc"))
                .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.PASS));
    }

    @Test
    void allocIsGatedOnTheSameJdkOnly() {
        Baselines leaner = GateFixtures.scaled(1, 1, 0.5);
        CheckOutcome sameJdk = gate.check(GateFixtures.run(), Optional.of(leaner));
        assertThat(row(sameJdk, "daily", "decimal", "alloc").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(row(sameJdk, "daily", "decimal-native", "alloc").verdict())
                .as("baseline 128 B/op, now 256: beyond tolerance and jitter").isEqualTo(Verdict.FAIL);

        Baselines otherJdk = GateFixtures.withFingerprint(leaner, f -> Fingerprint.of(f.cpuModel(), f.cores(),
                f.os(), f.arch(), f.jdkVendor(), "21.0.5", f.jvmArgs()));
        GateRow alloc = row(gate.check(GateFixtures.run(), Optional.of(otherJdk)), "daily", "decimal", "alloc");
        assertThat(alloc.verdict()).isEqualTo(Verdict.NOT_COMPARED);
        assertThat(alloc.note()).isEqualTo("other JDK: not compared");
    }

    @Test
    void rowsWithoutBaselineAreNotComparedAndSayHowToCreateOne() {
        Baselines b = GateFixtures.baselines();
        Baselines onlyDaily = new Baselines(b.schemaVersion(), b.createdAt(), b.gitCommit(), b.fingerprint(),
                b.thresholds(), b.rows().stream().filter(r -> r.scenario().equals("daily")).toList());

        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.of(onlyDaily));

        assertThat(outcome.rows()).filteredOn(r -> r.scenario().equals("hourly")).hasSize(3).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.NOT_COMPARED);
            assertThat(r.note()).contains("mvn decibench:baseline");
        });
    }

    @Test
    void withoutBaselinesOnlyTheTargetRemains() {
        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.empty());
        assertThat(outcome.rows()).isEmpty();
        assertThat(outcome.baselinesPresent()).isFalse();
        assertThat(outcome.targetMissed()).isFalse();
    }

    private static GateRow row(CheckOutcome outcome, String scenario, String mode, String metric) {
        List<GateRow> rows = outcome.rows().stream()
                .filter(r -> r.scenario().equals(scenario) && r.mode().equals(mode) && r.metric().equals(metric))
                .toList();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
