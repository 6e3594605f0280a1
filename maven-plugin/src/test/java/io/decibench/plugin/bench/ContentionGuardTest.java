package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.decibench.plugin.results.ForkLoad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentionGuardTest {

    @TempDir
    Path proc;

    /** A /proc with these counters (ticks of 10 ms; pressure in microseconds). */
    private CpuSampler.Reading write(long busy, long own, long pressure, double load) throws Exception {
        Files.writeString(proc.resolve("stat"), "cpu  " + busy + " 0 0 1000 0 0 0 0 0 0\ncpu0 1 2 3\n");
        Files.createDirectories(proc.resolve("self"));
        Files.writeString(proc.resolve("self/stat"), "4242 (java (maven)) S 1 2 3 4 5 6 7 8 9 10 " + own
                + " 0 0 0 20 0 1 0\n");
        Files.createDirectories(proc.resolve("pressure"));
        Files.writeString(proc.resolve("pressure/cpu"), "some avg10=1.00 avg60=2.00 avg300=3.00 total=" + pressure
                + "\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\n");
        Files.writeString(proc.resolve("loadavg"), load + " 1.00 0.50 2/300 4242\n");
        return new CpuSampler(proc).read();
    }

    private static CpuSampler.Reading at(CpuSampler.Reading r, long nanos) {
        return new CpuSampler.Reading(nanos, r.busyTicks(), r.ownTicks(), r.pressureMicros(), r.loadAverage());
    }

    @Test
    void readsTheCountersOfAProcLikeFolder() throws Exception {
        CpuSampler.Reading r = write(500, 120, 7_000_000, 1.25);
        assertThat(r.busyTicks()).isEqualTo(500);
        assertThat(r.ownTicks()).as("the command name may hold spaces and parentheses").isEqualTo(120);
        assertThat(r.pressureMicros()).isEqualTo(7_000_000);
        assertThat(r.loadAverage()).isEqualTo(1.25);
        assertThat(new CpuSampler(proc).available()).isTrue();
        assertThat(new CpuSampler(proc.resolve("missing")).read().busyTicks()).isNull();
        assertThat(new CpuSampler(proc.resolve("missing")).available()).isFalse();
    }

    @Test
    void otherProcessesCpuIsTheBusyTimeThisBuildDidNotUse() throws Exception {
        ContentionGuard guard = new ContentionGuard(0.25, new CpuSampler(proc), Duration.ZERO);
        CpuSampler.Reading before = at(write(1000, 100, 0, 0.5), 0);
        // Two seconds: 300 busy ticks, 240 of them ours: others used 60 ticks = 0.6 s = 0.3 cores.
        CpuSampler.Reading after = at(write(1300, 340, 1_000_000, 2.5), 2_000_000_000L);

        ForkLoad load = guard.load(before, after);

        assertThat(load.otherCpu()).isCloseTo(0.30, within(1e-12));
        assertThat(load.cpuPressure()).isCloseTo(0.5, within(1e-12));
        assertThat(load.loadAverage()).isEqualTo(2.5);
        assertThat(load.contended()).isTrue();
        assertThat(load.describe()).isEqualTo("other processes 0.30 cores, CPU pressure 50%, load 2.50");
    }

    @Test
    void aQuietForkIsNotContendedAndTickRoundingNeverGoesNegative() throws Exception {
        ContentionGuard guard = new ContentionGuard(0.25, new CpuSampler(proc), Duration.ZERO);
        ForkLoad load = guard.load(at(write(1000, 100, 0, 0.1), 0), at(write(1200, 302, 0, 0.1), 2_000_000_000L));
        assertThat(load.otherCpu()).isZero();
        assertThat(load.contended()).isFalse();
    }

    @Test
    void anOffGuardRecordsButNeverCallsAForkContended() throws Exception {
        ContentionGuard off = new ContentionGuard(null, new CpuSampler(proc), Duration.ZERO);
        ForkLoad load = off.load(at(write(1000, 100, 0, 4), 0), at(write(1400, 100, 0, 4), 1_000_000_000L));
        assertThat(load.otherCpu()).isCloseTo(4.0, within(1e-12));
        assertThat(load.contended()).isFalse();
        assertThat(off.awaitCalm(s -> { })).isTrue();
    }

    @Test
    void withoutProcNothingIsKnownAndNothingIsContended() {
        ContentionGuard guard = new ContentionGuard(0.25, new CpuSampler(proc.resolve("none")), Duration.ZERO);
        ContentionGuard.Sampled<String> s = guard.around(() -> "ran");
        assertThat(s.value()).isEqualTo("ran");
        assertThat(s.load().otherCpu()).isNull();
        assertThat(s.load().contended()).isFalse();
        assertThat(s.load().describe()).isEqualTo("load unknown");
    }

    @Test
    void aBusyMachineIsWaitedForOnceThenNoMore() throws Exception {
        write(1000, 100, 0, 5);
        // A sampler whose machine burns two cores of others' work between any two readings.
        CpuSampler busy = new CpuSampler(proc) {
            private long busyTicks = 1000;

            @Override
            public Reading read() {
                busyTicks += 400;
                return new Reading(System.nanoTime(), busyTicks, 100L, null, 5.0);
            }
        };
        ContentionGuard guard = new ContentionGuard(0.25, busy, Duration.ofMillis(1));
        List<String> log = new ArrayList<>();

        assertThat(guard.awaitCalm(log::add)).isFalse();
        assertThat(log).singleElement().asString().contains("still busy").contains("without waiting");
        long start = System.nanoTime();
        assertThat(guard.awaitCalm(log::add)).isFalse();
        assertThat(log).hasSize(1);
        assertThat(System.nanoTime() - start).as("no second wait").isLessThan(500_000_000L);
    }

    @Test
    void rejectsANegativeLimit() {
        assertThatThrownBy(() -> new ContentionGuard(-0.5, new CpuSampler(proc), Duration.ZERO))
                .hasMessageContaining("decibench.contentionLimit");
    }
}
