package io.decibench.nativecore.bench;

import io.decibench.kernel.spi.Availability;
import io.decibench.nativecore.NativeCoreLoader;
import io.decibench.nativecore.NativeDecimalCore;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The price of one JNA crossing: a direct-mapped call to a native function that returns its argument. A backtest
 * pays it once, so this bounds how much of decimal-native's time the boundary can be.
 *
 * <p>Run: {@code java -cp <kernel-native classpath> org.openjdk.jmh.Main JnaBoundaryBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class JnaBoundaryBenchmark {
    private long value = 42;

    @Setup
    public void requireLibrary() {
        Availability a = NativeCoreLoader.availability();
        if (!a.available()) {
            throw new IllegalStateException(a.toString());
        }
    }

    @Benchmark
    public long noopCall() {
        return NativeDecimalCore.decibench_noop(value);
    }

    /** The same work without the crossing, to subtract JMH's own cost. */
    @Benchmark
    public long javaBaseline() {
        return value;
    }
}
