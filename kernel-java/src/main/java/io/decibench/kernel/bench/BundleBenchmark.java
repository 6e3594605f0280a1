package io.decibench.kernel.bench;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.EnsureOutcome;
import io.decibench.kernel.bundle.Presets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What bundle setup costs a build: generating the three presets from scratch, keeping them when they are up to date
 * (manifest comparison plus SHA-256 of every column), and opening them memory-mapped.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BundleBenchmark {
    private Path dir;
    private BundleStore store;

    @Setup(Level.Trial)
    public void createStore() throws IOException {
        dir = Files.createTempDirectory("decibench-bundle-bench");
        store = new BundleStore(dir);
        for (BundleSpec spec : Presets.ALL) {
            store.ensure(spec);
        }
    }

    @TearDown(Level.Trial)
    public void deleteStore() {
        delete(dir);
    }

    /** Generation from nothing: the presets' folders are removed before every call (outside the timing). */
    @State(Scope.Benchmark)
    public static class Empty {
        Path dir;
        BundleStore store;

        @Setup(Level.Trial)
        public void create() throws IOException {
            dir = Files.createTempDirectory("decibench-bundle-bench-empty");
            store = new BundleStore(dir);
        }

        @Setup(Level.Invocation)
        public void empty() throws IOException {
            try (Stream<Path> children = Files.list(dir)) {
                children.forEach(BundleBenchmark::delete);
            }
        }

        @TearDown(Level.Trial)
        public void deleteAll() {
            delete(dir);
        }
    }

    @Benchmark
    public void generateThreePresets(Empty empty, Blackhole bh) {
        for (BundleSpec spec : Presets.ALL) {
            bh.consume(requireStatus(empty.store.ensure(spec), EnsureOutcome.Status.GENERATED));
        }
    }

    @Benchmark
    public void ensureThreePresetsUpToDate(Blackhole bh) {
        for (BundleSpec spec : Presets.ALL) {
            bh.consume(requireStatus(store.ensure(spec), EnsureOutcome.Status.UP_TO_DATE));
        }
    }

    @Benchmark
    public void openThreePresets(Blackhole bh) {
        for (BundleSpec spec : Presets.ALL) {
            Bundle bundle = store.open(spec.name());
            bh.consume(bundle.barCount());
        }
    }

    /** A benchmark that silently measured the wrong path would be worse than none. */
    private static EnsureOutcome requireStatus(EnsureOutcome outcome, EnsureOutcome.Status expected) {
        if (outcome.status() != expected) {
            throw new IllegalStateException("expected " + expected + ", got " + outcome);
        }
        return outcome;
    }

    static void delete(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
