package io.decibench.nativecore;

import io.decibench.kernel.expr.ExprPlan;
import io.decibench.kernel.spi.ExecutionRules;

/** Test access to the program words {@link NativeProgram} encodes (for the callgrind loop's input). */
public final class NativeLoopPrograms {
    private NativeLoopPrograms() {
    }

    public static long[] encode(ExprPlan plan, ExecutionRules rules, boolean exact) {
        NativeProgram p = NativeProgram.encode(plan, rules, exact ? NativeArithmetic.FIXED : NativeArithmetic.F64);
        long[] words = new long[p.length()];
        p.words().asLongBuffer().get(0, words);
        return words;
    }
}
