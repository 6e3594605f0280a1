package io.decibench.plugin.profile;

import java.util.ArrayList;
import java.util.List;

/** Builds profiles from hand-written samples, for tests that need exact shares. */
final class SyntheticProfiles {
    static final String ADD = "java.math.BigDecimal.add";
    static final String MULTIPLY = "java.math.BigDecimal.multiply";
    static final String EVAL = "io.decibench.kernel.backtest.FixedEngine.evaluateValues";
    static final String FILL = "io.decibench.kernel.backtest.ObjectEngine.fill";
    static final String MAIN = "io.decibench.kernel.bench.ProfileLoop.main";

    private SyntheticProfiles() {
    }

    /** {@code counts[i]} samples of {@code tops[i]} called from the evaluator (the ledger for FILL). */
    static Profile profile(String scenario, String mode, String[] tops, int[] counts) {
        List<StackSample> stacks = new ArrayList<>();
        for (int i = 0; i < tops.length; i++) {
            for (int c = 0; c < counts[i]; c++) {
                stacks.add(tops[i].equals(FILL) || tops[i].equals(EVAL)
                        ? StackSample.of(tops[i], MAIN) : StackSample.of(tops[i], EVAL, MAIN));
            }
        }
        Breakdown b = new ProfileAggregator(ModuleRules.defaults(), 50).aggregate(new RecordedSamples(stacks,
                List.of(new AllocationSample("java.math.BigDecimal", 1000))));
        return new Profile(scenario, mode, scenario + "-" + mode + ".jfr", 5, 1, b);
    }

    static ProfileSet set(String label, Profile... profiles) {
        return new ProfileSet(ProfileSet.SCHEMA_VERSION, label, "2026-11-26T22:00:00Z", "Test JDK 17", List.of(profiles));
    }
}
