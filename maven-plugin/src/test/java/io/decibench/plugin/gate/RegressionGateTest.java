package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fingerprint;
import io.decibench.plugin.results.ForkSample;
import io.decibench.plugin.results.ModeResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionGateTest {

    private final RegressionGate gate = new RegressionGate(Thresholds.DEFAULTS);

    @Test
    void aRunAgainstItsOwnBaselinesPassesEveryRow() {
        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.of(GateFixtures.baselines()));

        // 2 scenarios x 3 modes: 6 time + 6 alloc + 4 overhead-ratio rows
        assertThat(outcome.rows()).hasSize(16);
        assertThat(outcome.rows()).allSatisfy(r -> {
            assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASS);
            assertThat(r.change()).isCloseTo(0.0, within(1e-12));
        });
        assertThat(outcome.rows().stream().map(GateRow::metric).distinct())
                .containsExactlyInAnyOrder("overhead-ratio", "time", "alloc");
        assertThat(outcome.gatedRows()).isEqualTo(10);
        assertThat(outcome.baselineSessions()).isEqualTo(3);
    }

    @Test
    void eachIntervalGetsItsShareOfTheRunsErrorBudget() {
        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.of(GateFixtures.baselines()));

        GateRow time = row(outcome, "daily", "float", "time");
        // Bonferroni over 10 gated rows: 5% / 10 on each side; a row that picks the narrower of its measured and
        // assumed intervals takes each at half of that: a 99.5% two-sided interval.
        assertThat(time.confidence()).isCloseTo(1 - 2 * ErrorBudget.WARN_RATE / 20, within(1e-9));
        assertThat(time.baselineSessions()).isEqualTo(3);
        assertThat(time.sessionSd()).as("identical sessions show no offset").isZero();
        assertThat(time.forkSd()).isCloseTo(0.0158, within(0.0005));
        assertThat(row(outcome, "daily", "decimal", "alloc").confidence()).isNull();
    }

    @Test
    void aBaselineTwiceAsFastFailsTimeAndRatio() {
        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.of(GateFixtures.scaled(0.5, 0.5, 1)));

        assertThat(outcome.failures()).extracting(GateRow::metric).containsOnly("time", "overhead-ratio")
                .hasSize(10);
        GateRow time = row(outcome, "daily", "float", "time");
        assertThat(time.change()).isCloseTo(1.0, within(1e-9));
        assertThat(time.changeCiLow()).isGreaterThan(0.05).isLessThan(1.0);
        assertThat(time.changeCiHigh()).isGreaterThan(1.0);
        // Log scale: the interval is symmetric around ln 2, not around +100%.
        assertThat(Math.log1p(time.changeCiHigh()) - Math.log(2))
                .isCloseTo(Math.log(2) - Math.log1p(time.changeCiLow()), within(1e-12));
    }

    @Test
    void oneSessionCannotShowTheSessionOffsetSoTheAssumedOneApplies() {
        CheckOutcome same = gate.check(GateFixtures.run(), Optional.of(GateFixtures.baselines(1)));

        GateRow time = row(same, "daily", "float", "time");
        assertThat(time.sessionSd()).isEqualTo(SessionOffsets.ASSUMED_TIME_SD);
        assertThat(time.verdict()).as("20%% assumed session offset: cannot rule out +20%%")
                .isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(time.note()).contains("assumed").contains("1 session");
        assertThat(same.rows()).noneMatch(r -> r.verdict() == Verdict.FAIL || r.verdict() == Verdict.WARN);

        // Against one session the assumed offsets decide: five times slower FAILs on time (±20%), a quarter slower
        // on the ratio (±4%, with this fixture's tiny fork noise), while +25% on time stays unproven.
        CheckOutcome fivefold = gate.check(GateFixtures.run(),
                Optional.of(GateFixtures.scaled(GateFixtures.baselines(1), 0.2, 0.5, 1)));
        assertThat(row(fivefold, "daily", "float", "time").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(row(fivefold, "daily", "decimal", "overhead-ratio").verdict()).isEqualTo(Verdict.FAIL);
        CheckOutcome quarter = gate.check(GateFixtures.run(),
                Optional.of(GateFixtures.scaled(GateFixtures.baselines(1), 1, 0.8, 1)));
        assertThat(row(quarter, "daily", "decimal", "overhead-ratio").verdict()).isEqualTo(Verdict.FAIL);
        CheckOutcome quarterTime = gate.check(GateFixtures.run(),
                Optional.of(GateFixtures.scaled(GateFixtures.baselines(1), 0.8, 1, 1)));
        assertThat(row(quarterTime, "daily", "float", "time").verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void sessionsThatCannotRuleOutMoreThanTheAssumedOffsetAreTakenAtTheirWord() {
        // Three sessions whose machine ran 15% faster or slower: the point estimate (15%) is below the assumed 20%,
        // but two degrees of freedom cannot rule out more, so only the sessions' own prediction counts.
        List<io.decibench.plugin.results.BenchmarkResults> runs = new java.util.ArrayList<>();
        double[] speed = {1.0, 1.15, 0.87};
        for (int i = 0; i < speed.length; i++) {
            double f = speed[i];
            runs.add(RunFixtures.later(io.decibench.plugin.results.Fixtures.sampleRun(java.util.Map.of("float", f,
                    "decimal", f, "decimal-native", f), 1), 60L * i));
        }
        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.of(GateFixtures.record(runs)));

        GateRow time = row(outcome, "daily", "float", "time");
        assertThat(time.sessionSd()).isBetween(0.10, SessionOffsets.ASSUMED_TIME_SD);
        assertThat(time.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(time.note()).contains("(3 sessions)");
        // Exactly the sessions' own prediction at the row's whole share (no choice made, so no halving).
        BaselineRow base = GateFixtures.record(runs).row("daily", "float").orElseThrow();
        RunSamples now = new RunSamples(GateFixtures.run());
        Change expected = new ErrorBudget(10, Thresholds.DEFAULTS).interval(io.decibench.plugin.stats.LogChange
                .prediction(io.decibench.plugin.stats.LogSessions.of(base.timeSessions()),
                        io.decibench.plugin.stats.LogSessions.single(now.forkTimes(GateFixtures.run()
                                .result("daily", "float").orElseThrow()))));
        assertThat(time.changeCiHigh()).isCloseTo(expected.ciHigh(), within(1e-12));
        assertThat(time.confidence()).isCloseTo(expected.confidence(), within(1e-12));
        // The machine's speed cancels in the ratio, which still passes.
        assertThat(row(outcome, "daily", "decimal", "overhead-ratio").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void anotherMachineStillGatesTheRatioButNotTime() {
        Baselines other = GateFixtures.withFingerprint(GateFixtures.scaled(0.5, 0.5, 1), GateFixtures::otherMachine);

        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.of(other));

        assertThat(outcome.rows()).filteredOn(r -> r.metric().equals("time")).hasSize(6).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.NOT_COMPARED);
            assertThat(r.note()).isEqualTo("other machine: not compared");
            assertThat(r.baseline()).isNotNull();
            assertThat(r.current()).isNotNull();
        });
        // Ratios twice the baseline's: proven on the same machine, but within what a change of machine moves them.
        assertThat(outcome.rows()).filteredOn(r -> r.metric().equals("overhead-ratio")).hasSize(4)
                .allSatisfy(r -> {
                    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
                    assertThat(r.change()).isCloseTo(1.0, within(1e-9));
                    assertThat(r.note()).endsWith("other machine: ±30% assumed between machines");
                });
        assertThat(outcome.rows()).filteredOn(r -> r.metric().equals("alloc"))
                .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.PASS));
        assertThat(outcome.gatedRows()).isEqualTo(4);
        Baselines same = GateFixtures.scaled(0.5, 0.5, 1);
        assertThat(gate.check(GateFixtures.run(), Optional.of(same)).rows())
                .filteredOn(r -> r.metric().equals("overhead-ratio")).hasSize(4)
                .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.FAIL));
    }

    @Test
    void anotherMachineStillFailsARatioFarBeyondWhatAMachineChangeMoves() {
        Baselines other = GateFixtures.withFingerprint(GateFixtures.scaled(0.5, 0.2, 1), GateFixtures::otherMachine);

        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.of(other));

        assertThat(outcome.rows()).filteredOn(r -> r.metric().equals("overhead-ratio")).hasSize(4)
                .allSatisfy(r -> {
                    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
                    assertThat(r.note()).isEqualTo("other machine: ±30% assumed between machines");
                    // The interval is at least as wide as the machine offset alone at the row's confidence.
                    double lowLog = Math.log1p(r.changeCiLow());
                    assertThat(Math.log1p(r.change()) - lowLog).isGreaterThan(2.5 * SessionOffsets.OTHER_MACHINE_RATIO_SD);
                });
    }

    @Test
    void aKernelBuildStringIsNotAnotherMachine() {
        Baselines b = GateFixtures.withFingerprint(GateFixtures.scaled(0.5, 0.5, 1), f -> Fingerprint.of(
                f.cpuModel(), f.cores(), f.memoryGiB(), "Linux", f.osVersion() + "-fc-v669", f.arch(), f.jdkVendor(),
                f.jdkVersion(), f.jvmArgs()));

        assertThat(row(gate.check(GateFixtures.run(), Optional.of(b)), "daily", "float", "time").verdict())
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void allocIsGatedOnTheSameJdkOnly() {
        Baselines leaner = GateFixtures.scaled(1, 1, 0.5);
        CheckOutcome sameJdk = gate.check(GateFixtures.run(), Optional.of(leaner));
        assertThat(row(sameJdk, "daily", "decimal", "alloc").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(row(sameJdk, "daily", "decimal-native", "alloc").verdict())
                .as("baseline 128 B/op, now 256: beyond tolerance and jitter").isEqualTo(Verdict.FAIL);

        Baselines otherJdk = GateFixtures.withFingerprint(leaner, f -> Fingerprint.of(f.cpuModel(), f.cores(),
                f.memoryGiB(), "Linux", f.osVersion(), f.arch(), f.jdkVendor(), "21.0.5", f.jvmArgs()));
        GateRow alloc = row(gate.check(GateFixtures.run(), Optional.of(otherJdk)), "daily", "decimal", "alloc");
        assertThat(alloc.verdict()).isEqualTo(Verdict.NOT_COMPARED);
        assertThat(alloc.note()).isEqualTo("other JDK: not compared");
    }

    @Test
    void rowsWithoutBaselineAreNotComparedAndSayHowToCreateOne() {
        Baselines b = GateFixtures.baselines();
        Baselines onlyDaily = GateFixtures.withRows(b, b.rows().stream().filter(r -> r.scenario().equals("daily"))
                .toList());

        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.of(onlyDaily));

        assertThat(outcome.rows()).filteredOn(r -> r.scenario().equals("hourly")).hasSize(3).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.NOT_COMPARED);
            assertThat(r.note()).contains("mvn decibench:baseline");
        });
    }

    @Test
    void baselinesJudgedByForkMediansAreNotComparedWithARunJudgedByForkMinima() {
        Baselines medians = GateFixtures.record(RunFixtures.repeated(
                RunFixtures.withStatistic(GateFixtures.run(), "median"), 3));

        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.of(medians));

        assertThat(medians.settings().forkStatistic()).isEqualTo("median");
        assertThat(outcome.rows()).allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.NOT_COMPARED));
        assertThat(outcome.notComparedWhy()).contains("per-fork median (baseline) vs min (now)")
                .contains("mvn decibench:baseline -Ddecibench.baselineReplace=true");
    }

    @Test
    void theRunsRecordedStatisticDecidesEachForksValue() {
        BenchmarkResults run = GateFixtures.run();
        ModeResult row = run.results().get(0);

        List<Double> minima = new RunSamples(run).forkTimes(row);
        List<Double> medians = new RunSamples(RunFixtures.withStatistic(run, "median")).forkTimes(row);

        assertThat(minima).containsExactlyElementsOf(row.samples().stream()
                .map(f -> f.stream().mapToDouble(Double::doubleValue).min().orElseThrow()).toList());
        assertThat(medians).containsExactlyElementsOf(row.samples().stream().map(ForkSample::median).toList());
        assertThat(minima).isNotEqualTo(medians);
    }

    @Test
    void otherSettingsAreNotComparedAndTheOutcomeSaysTheFix() {
        CheckOutcome outcome = gate.check(RunFixtures.withWarmup(GateFixtures.run(), 2, "300ms"),
                Optional.of(GateFixtures.scaled(0.5, 0.5, 1)));

        assertThat(outcome.rows()).hasSize(6).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.NOT_COMPARED);
            assertThat(r.note()).isEqualTo("other settings: not compared");
        });
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.notComparedWhy()).contains("warm-up 3 x 1s (baseline) vs 2 x 300ms (now)")
                .contains("-Ddecibench.warmupIterations=3 -Ddecibench.warmupTime=1s")
                .contains("mvn decibench:baseline -Ddecibench.baselineReplace=true");
    }

    @Test
    void schemaOneBaselinesAreReadButNotCompared(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("baselines.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "createdAt": "2026-11-26T23:48:33Z", "gitCommit": "bbc77bc",
                 "fingerprint": {"id": "66d92091aab78fd0", "cpuModel": "AMD EPYC", "cores": 2,
                   "os": "Linux 6.18.44-fc-v782", "arch": "amd64", "jdkVendor": "Debian", "jdkVersion": "17.0.15",
                   "jvmArgs": ["-Xms1g", "-Xmx1g"]},
                 "thresholds": {"warnThreshold": 0.05, "failThreshold": 0.2, "allocTolerance": 0.1},
                 "rows": [{"scenario": "daily", "mode": "float", "unit": "ms/op", "overheadRatio": null,
                   "pairRatios": [], "timeMean": 1.27, "forkMeans": [1.18, 1.30], "allocBytesPerOp": 12743.4}]}
                """);
        Baselines legacy = BaselinesJson.read(file);
        assertThat(legacy.legacy()).isTrue();
        assertThat(legacy.rows().get(0).timeSessions()).containsExactly(List.of(1.18, 1.30));

        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.of(legacy));
        assertThat(outcome.rows()).allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.NOT_COMPARED));
        assertThat(outcome.notComparedWhy()).contains("schema version 1")
                .contains("-Ddecibench.baselineReplace=true");
    }

    @Test
    void aContendedRowIsNotJudgedAndAContendedRunNeverFails() {
        var run = RunFixtures.withLoad(GateFixtures.run(), "hourly", "decimal-native", RunFixtures.CONTENDED);

        CheckOutcome outcome = gate.check(run, Optional.of(GateFixtures.scaled(0.5, 0.5, 1)));

        GateRow contended = row(outcome, "hourly", "decimal-native", "time");
        assertThat(contended.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(contended.note()).startsWith("contended: 5 fork(s) ran while other processes used up to 1.40 cores")
                .endsWith("(would FAIL)");
        GateRow elsewhere = row(outcome, "daily", "float", "time");
        assertThat(elsewhere.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(elsewhere.note()).startsWith("would FAIL, but 5 fork(s) of this run stayed contended");
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.contended()).isTrue();
        assertThat(row(outcome, "daily", "decimal", "alloc").verdict()).as("allocation does not depend on load")
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void aContendedFloatForkTaintsTheRatiosPairedWithIt() {
        var run = RunFixtures.withLoad(GateFixtures.run(), "daily", "float", RunFixtures.CONTENDED);

        CheckOutcome outcome = gate.check(run, Optional.of(GateFixtures.baselines()));

        assertThat(row(outcome, "daily", "decimal", "overhead-ratio").note()).startsWith("contended");
        assertThat(row(outcome, "daily", "decimal", "time").verdict()).isEqualTo(Verdict.PASS);
        assertThat(row(outcome, "hourly", "decimal", "overhead-ratio").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void withoutBaselinesOnlyTheTargetRemains() {
        CheckOutcome outcome = gate.check(GateFixtures.run(), Optional.empty());
        assertThat(outcome.rows()).isEmpty();
        assertThat(outcome.baselinesPresent()).isFalse();
        assertThat(outcome.targetMissed()).isFalse();
    }

    static GateRow row(CheckOutcome outcome, String scenario, String mode, String metric) {
        List<GateRow> rows = outcome.rows().stream()
                .filter(r -> r.scenario().equals(scenario) && r.mode().equals(mode) && r.metric().equals(metric))
                .toList();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
