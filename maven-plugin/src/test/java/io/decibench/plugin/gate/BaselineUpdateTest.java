package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Fixtures;
import io.decibench.plugin.results.ModeResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaselineUpdateTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static BaselineUpdate.Outcome apply(Optional<Baselines> previous, BenchmarkResults run,
                                                BaselineUpdate.Options options) {
        return BaselineUpdate.apply(previous, List.of(run), options, NOW);
    }

    /** The sample run with only the daily scenario measured (hourly rows not OK). */
    private static BenchmarkResults dailyOnly(BenchmarkResults r) {
        List<ModeResult> rows = r.results().stream().map(m -> m.scenario().equals("daily") ? m
                : ModeResult.notMeasured(m.scenario(), m.mode(), io.decibench.plugin.results.ModeStatus.NOT_APPLICABLE,
                "not run")).toList();
        return new BenchmarkResults(r.schemaVersion(), r.timestamp(), r.gitCommit(), r.fingerprint(), r.settings(),
                rows, r.overheads(), r.overall(), r.verdict(), r.exactness(), r.forkVm());
    }

    @Test
    void theFirstRunCreatesOneSessionPerRow() {
        BaselineUpdate.Outcome o = apply(Optional.empty(), GateFixtures.run(), GateFixtures.options(false));

        assertThat(o.next().rows()).hasSize(6).allSatisfy(r -> assertThat(r.sessions()).hasSize(1));
        assertThat(o.next().sessions()).extracting(BaselineSession::id).containsExactly(1);
        assertThat(o.next().settings()).isEqualTo(GateSettings.of(GateFixtures.run()));
        assertThat(o.recorded()).hasSize(6).anyMatch(l -> l.matches("daily decimal: session 1 recorded \\(1 session\\),"
                + " overhead ratio 1\\.\\d{4}, time [0-9.]+ ms/op, alloc 25,000,000 B/op"));
        assertThat(o.refused()).isEmpty();
        assertThat(o.removed()).isEmpty();
    }

    @Test
    void aLaterRunAddsASessionAndKeepsTheRowsItDidNotMeasure() {
        Baselines first = GateFixtures.baselines(1);

        BaselineUpdate.Outcome o = apply(Optional.of(first), dailyOnly(RunFixtures.later(GateFixtures.run(), 3600)),
                GateFixtures.options(false));

        assertThat(o.next().row("daily", "decimal").orElseThrow().sessions()).extracting(SessionSamples::session)
                .containsExactly(1, 2);
        assertThat(o.next().row("hourly", "decimal").orElseThrow().sessions()).hasSize(1);
        assertThat(o.next().rows()).hasSize(6);
        assertThat(o.keptRows()).isEqualTo(3);
        assertThat(o.next().sessions()).hasSize(2);
        assertThat(o.removed()).isEmpty();
    }

    @Test
    void anInjectedSlowdownIsNeverABaseline() {
        assertThatThrownBy(() -> apply(Optional.empty(), RunFixtures.slowed(GateFixtures.run(), "decimal", 0.25),
                GateFixtures.options(false))).isInstanceOf(BaselineRefusedException.class)
                .hasMessageContaining("decibench.slowdown=decimal:0.25").hasMessageContaining("never a baseline");
    }

    @Test
    void otherSettingsNeedReplaceWhichRemovesTheRowsMeasuredWithTheOldOnes() {
        Baselines b = GateFixtures.baselines();
        BenchmarkResults quick = dailyOnly(RunFixtures.withWarmup(GateFixtures.run(), 2, "300ms"));

        assertThatThrownBy(() -> apply(Optional.of(b), quick, GateFixtures.options(false)))
                .isInstanceOf(BaselineRefusedException.class)
                .hasMessageContaining("warm-up 3 x 1s (baseline) vs 2 x 300ms (now)")
                .hasMessageContaining("-Ddecibench.baselineReplace=true");

        BaselineUpdate.Outcome o = apply(Optional.of(b), quick, GateFixtures.options(true));
        assertThat(o.next().rows()).extracting(BaselineRow::name)
                .containsExactly("daily float", "daily decimal", "daily decimal-native");
        assertThat(o.next().rows()).allSatisfy(r -> assertThat(r.sessions()).hasSize(1));
        assertThat(o.removed()).containsExactly(
                "hourly float: removed (measured with the old settings; decibench.baselineReplace=true)",
                "hourly decimal: removed (measured with the old settings; decibench.baselineReplace=true)",
                "hourly decimal-native: removed (measured with the old settings; decibench.baselineReplace=true)");
        assertThat(o.next().settings().warmupTime()).isEqualTo("300ms");
    }

    @Test
    void anotherMachineNeedsReplaceToo() {
        Baselines b = GateFixtures.withFingerprint(GateFixtures.baselines(), GateFixtures::otherMachine);
        assertThatThrownBy(() -> apply(Optional.of(b), GateFixtures.run(), GateFixtures.options(false)))
                .isInstanceOf(BaselineRefusedException.class).hasMessageContaining("on another machine");
    }

    @Test
    void aContendedRowIsRefusedWithTheReasonAndTheOthersRecorded() {
        BenchmarkResults run = RunFixtures.withLoad(RunFixtures.later(GateFixtures.run(), 3600), "hourly", "decimal",
                RunFixtures.CONTENDED);

        BaselineUpdate.Outcome o = apply(Optional.of(GateFixtures.baselines(2)), run, GateFixtures.options(false));

        assertThat(o.refused()).containsExactly("hourly decimal: not recorded: 5 fork(s) ran while other processes"
                + " used up to 1.40 cores. Re-run on a quieter machine.");
        assertThat(o.next().row("hourly", "decimal").orElseThrow().sessions()).hasSize(2);
        assertThat(o.next().row("hourly", "float").orElseThrow().sessions()).hasSize(3);
    }

    @Test
    void aRowTooNoisyForTheGateIsRecordedWithAFlagNotLost() {
        BenchmarkResults noisy = Fixtures.sampleRun(Map.of(), 60);

        BaselineUpdate.Outcome o = apply(Optional.empty(), noisy, GateFixtures.options(false));

        assertThat(o.refused()).isEmpty();
        assertThat(o.next().rows()).hasSize(noisy.results().size());
        assertThat(o.flagged()).isNotEmpty().allSatisfy(line -> assertThat(line)
                .containsPattern("recorded, but its 5 forks vary by ±\\d+\\.\\d%")
                .contains("more than the fail threshold").contains("decibench.runs"));
        assertThat(o.next().rows()).allSatisfy(r -> assertThat(r.sessions().get(0).note()).contains("forks vary by"));
    }

    @Test
    void aRealChangeIsRefusedUntilItIsAcceptedWithReplace() {
        Baselines b = GateFixtures.baselines();
        BenchmarkResults slower = RunFixtures.later(Fixtures.sampleRun(Map.of("decimal", 2.0), 1), 3600);

        BaselineUpdate.Outcome refused = apply(Optional.of(b), slower, GateFixtures.options(false));
        assertThat(refused.refused()).hasSize(2).allSatisfy(l -> assertThat(l)
                .matches("(daily|hourly) decimal: not recorded: overhead-ratio \\+100\\.0% \\[.*\\] \\(FAIL\\) against"
                        + " its 3 recorded session\\(s\\), a real change rather than noise\\. If it is intended, start"
                        + " these rows over with -Ddecibench\\.baselineReplace=true\\."));
        assertThat(refused.next().row("daily", "decimal").orElseThrow().sessions()).hasSize(3);

        BaselineUpdate.Outcome accepted = apply(Optional.of(b), slower, GateFixtures.options(true));
        assertThat(accepted.refused()).isEmpty();
        assertThat(accepted.next().rows()).allSatisfy(r -> assertThat(r.sessions()).hasSize(1));
        assertThat(accepted.next().row("daily", "decimal").orElseThrow().sessions().get(0).session()).isEqualTo(4);
        assertThat(accepted.next().sessions()).extracting(BaselineSession::id).containsExactly(4);
    }

    @Test
    void aLikelyButUnprovenChangeIsRecordedWithAFlag() {
        // Against one earlier session the assumed 20% session offset leaves +12% inconclusive.
        BenchmarkResults slower = RunFixtures.later(Fixtures.sampleRun(Map.of("decimal-native", 1.12), 1), 3600);

        BaselineUpdate.Outcome o = apply(Optional.of(GateFixtures.baselines(1)), slower, GateFixtures.options(false));

        assertThat(o.flagged()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("decimal-native: recorded, but"
                + " inconclusive against the earlier sessions when recorded: "));
        SessionSamples added = o.next().row("daily", "decimal-native").orElseThrow().sessions().get(1);
        assertThat(added.note()).startsWith("inconclusive against the earlier sessions");
        assertThat(o.next().row("daily", "float").orElseThrow().sessions().get(1).note()).isNull();
    }

    @Test
    void deletingRowsIsExplicitAndAnEntryMustMatch() {
        BaselineUpdate.Outcome o = BaselineUpdate.apply(Optional.of(GateFixtures.baselines()), List.of(),
                GateFixtures.options(false, "hourly", "daily:decimal-native"), NOW);

        assertThat(o.next().rows()).extracting(BaselineRow::name).containsExactly("daily float", "daily decimal");
        assertThat(o.removed()).hasSize(4).allSatisfy(l -> assertThat(l).endsWith(": removed (decibench.baselineDelete)"));

        assertThatThrownBy(() -> BaselineUpdate.apply(Optional.of(GateFixtures.baselines()), List.of(),
                GateFixtures.options(false, "weekly"), NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'weekly', which matches no baseline row; rows: daily float, daily decimal");
    }

    @Test
    void onlyTheNewestSessionsAreKept() {
        BaselineUpdate.Outcome o = BaselineUpdate.apply(Optional.empty(), RunFixtures.repeated(GateFixtures.run(), 5),
                new BaselineUpdate.Options(false, List.of(), 3, null, null, null), NOW);

        assertThat(o.next().row("daily", "float").orElseThrow().sessions()).extracting(SessionSamples::session)
                .containsExactly(3, 4, 5);
        assertThat(o.next().sessions()).extracting(BaselineSession::id).containsExactly(3, 4, 5);
    }

    @Test
    void schemaOneBaselinesAreReplacedOnlyWhenAsked() {
        Baselines b = GateFixtures.baselines();
        Baselines legacy = new Baselines(1, b.createdAt(), b.updatedAt(), b.fingerprint(), null, b.thresholds(),
                b.sessions(), b.rows());

        assertThatThrownBy(() -> apply(Optional.of(legacy), GateFixtures.run(), GateFixtures.options(false)))
                .isInstanceOf(BaselineRefusedException.class).hasMessageContaining("schema version 1");
        BaselineUpdate.Outcome o = apply(Optional.of(legacy), GateFixtures.run(), GateFixtures.options(true));
        assertThat(o.removed()).hasSize(6);
        assertThat(o.next().legacy()).isFalse();
        assertThat(o.next().rows()).hasSize(6).allSatisfy(r -> assertThat(r.sessions()).hasSize(1));
    }

    @Test
    void theSameRunIsOneSessionOnly() {
        Baselines b = GateFixtures.baselines(1);
        assertThatThrownBy(() -> apply(Optional.of(b), GateFixtures.run(), GateFixtures.options(false)))
                .isInstanceOf(BaselineRefusedException.class)
                .hasMessageContaining("already recorded as session 1")
                .hasMessageContaining("run `mvn verify` again");
    }

    @Test
    void thresholdsGivenWinOverTheRecordedOnes() {
        BaselineUpdate.Outcome o = apply(Optional.of(GateFixtures.baselines()),
                RunFixtures.later(GateFixtures.run(), 3600), new BaselineUpdate.Options(false, List.of(), 10, 0.1, 0.3,
                        null));
        assertThat(o.next().thresholds()).isEqualTo(new Thresholds(0.1, 0.3, Thresholds.DEFAULT_ALLOC_TOLERANCE));
    }
}
