package io.decibench.nativecore.bench;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.expr.ExprPlan;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Scenario;
import io.decibench.nativecore.NativeLoopPrograms;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the built-in scenarios' native programs (both arithmetics) and their bundles' columns as little-endian
 * int64 files, the input of {@code rust/examples/backtest_loop.rs}, so that the native engine alone can be counted
 * with callgrind (instruction counts do not depend on the machine's load).
 *
 * <p>Run: {@code java -cp <kernel-native test classpath> io.decibench.nativecore.bench.NativeLoopInput <bundleDir> <outDir>}
 */
public final class NativeLoopInput {
    private NativeLoopInput() {
    }

    public static void main(String[] args) throws IOException {
        BundleStore store = new BundleStore(Path.of(args[0]));
        Path out = Files.createDirectories(Path.of(args[1]));
        for (Scenario s : BuiltinScenarios.ALL) {
            Bundle bundle = store.open(s.bundle());
            String name = s.bundle();
            for (Column c : new Column[] {Column.OPEN, Column.HIGH, Column.LOW, Column.CLOSE, Column.VOLUME}) {
                ByteBuffer bytes = bundle.bytes(c).duplicate().order(ByteOrder.LITTLE_ENDIAN);
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                Files.write(out.resolve(name + "." + c.id()), copy);
            }
            long[] ends = new long[bundle.sessions()];
            for (int i = 0; i < ends.length; i++) {
                ends[i] = bundle.sessionEnds()[i];
            }
            Files.write(out.resolve(name + ".sessions"), le(ends));
            Files.write(out.resolve(name + ".shape"), le(new long[] {bundle.assets(), bundle.barsPerAsset()}));
            ExprPlan plan = ExprPlan.of(s.rule());
            for (boolean exact : new boolean[] {true, false}) {
                long[] words = NativeLoopPrograms.encode(plan, ExecutionRules.DEFAULT, exact);
                Files.write(out.resolve(name + "-" + (exact ? "fixed" : "f64") + ".program"), le(words));
            }
        }
    }

    private static byte[] le(long[] words) {
        ByteBuffer b = ByteBuffer.allocate(words.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(words);
        return b.array();
    }
}
