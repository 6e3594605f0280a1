package io.decibench.plugin.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileAggregatorTest {

    private final ProfileAggregator aggregator = new ProfileAggregator(ModuleRules.defaults(), 10);

    private static final String MAIN = "io.decibench.kernel.bench.ProfileLoop.main";
    private static final String EVAL = "io.decibench.kernel.backtest.FixedEngine.evaluateValues";
    private static final String ADD = "java.math.BigDecimal.add";
    private static final String FILL = "io.decibench.kernel.backtest.ObjectEngine.fill";

    @Test
    void selfSharesGoToTheTopFrameAndAddUpToAHundred() {
        Breakdown b = aggregator.aggregate(samples(
                StackSample.of(ADD, EVAL, MAIN),
                StackSample.of(ADD, FILL, MAIN),
                StackSample.of(ADD, EVAL, MAIN),
                StackSample.of(EVAL, MAIN)));

        assertThat(b.samples()).isEqualTo(4);
        assertThat(b.module(ModuleRules.JAVA_MATH).orElseThrow().selfPercent()).isEqualTo(75.0);
        assertThat(b.module(ModuleRules.STRATEGY).orElseThrow().selfPercent()).isEqualTo(25.0);
        assertThat(b.module(ModuleRules.LEDGER).orElseThrow().selfPercent()).isZero();
        assertThat(b.modules().stream().mapToDouble(ModuleShare::selfPercent).sum()).isCloseTo(100.0, within(1e-9));
        assertThat(b.modules().get(0).module()).isEqualTo(ModuleRules.JAVA_MATH);
        assertThat(b.topSelf()).extracting(MethodShare::method).containsExactly(ADD, EVAL);
        assertThat(b.topSelf().get(0).samples()).isEqualTo(3);
    }

    @Test
    void totalCountsAModuleOncePerSampleHoweverDeepItRecurs() {
        // The seed summed cumulative times: recursion and nested calls of one module counted several times over.
        Breakdown b = aggregator.aggregate(samples(
                StackSample.of(ADD, "java.math.BigDecimal.add", "java.math.BigDecimal.multiply", EVAL, EVAL, EVAL, MAIN),
                StackSample.of(FILL, MAIN)));

        ModuleShare math = b.module(ModuleRules.JAVA_MATH).orElseThrow();
        ModuleShare strategy = b.module(ModuleRules.STRATEGY).orElseThrow();
        ModuleShare harness = b.module(ModuleRules.HARNESS).orElseThrow();
        assertThat(math.totalSamples()).isEqualTo(1);
        assertThat(strategy.totalSamples()).isEqualTo(1);
        assertThat(strategy.selfSamples()).isZero();
        assertThat(harness.totalPercent()).isEqualTo(100.0);
        assertThat(b.topTotal()).filteredOn(m -> m.method().equals(EVAL)).singleElement()
                .satisfies(m -> assertThat(m.samples()).isEqualTo(1));
        assertThat(b.topTotal()).filteredOn(m -> m.method().equals(ADD)).singleElement()
                .satisfies(m -> assertThat(m.percent()).isEqualTo(50.0));
        for (ModuleShare m : b.modules()) {
            assertThat(m.totalPercent()).isGreaterThanOrEqualTo(m.selfPercent()).isLessThanOrEqualTo(100.0);
        }
    }

    @Test
    void everyRuleModuleIsListedEvenWithoutSamplesSoProfilesCompareRowByRow() {
        Breakdown b = aggregator.aggregate(samples(StackSample.of(ADD)));

        assertThat(b.modules()).extracting(ModuleShare::module)
                .containsExactlyInAnyOrderElementsOf(ModuleRules.defaults().moduleNames());
    }

    @Test
    void anEmptyRecordingGivesZerosNotNaN() {
        Breakdown b = aggregator.aggregate(new RecordedSamples(List.of(), List.of()));

        assertThat(b.samples()).isZero();
        assertThat(b.modules()).allSatisfy(m -> assertThat(m.selfPercent()).isZero());
        assertThat(b.topSelf()).isEmpty();
    }

    @Test
    void allocationIsSummedByClassFromTheSampleWeights() {
        Breakdown b = aggregator.aggregate(new RecordedSamples(List.of(StackSample.of(ADD)), List.of(
                new AllocationSample("java.math.BigDecimal", 4000),
                new AllocationSample("long[]", 1000),
                new AllocationSample("java.math.BigDecimal", 3000),
                new AllocationSample("java.math.BigInteger", 2000))));

        assertThat(b.allocatedBytes()).isEqualTo(10_000);
        assertThat(b.allocations()).extracting(AllocationShare::className)
                .containsExactly("java.math.BigDecimal", "java.math.BigInteger", "long[]");
        assertThat(b.allocations().get(0).bytes()).isEqualTo(7000);
        assertThat(b.allocations().get(0).percent()).isEqualTo(70.0);
    }

    @Test
    void topListsKeepOnlyTheConfiguredNumberOfEntries() {
        ProfileAggregator top2 = new ProfileAggregator(ModuleRules.defaults(), 2);
        Breakdown b = top2.aggregate(samples(StackSample.of("a.A.x"), StackSample.of("b.B.y"), StackSample.of("c.C.z"),
                StackSample.of("a.A.x")));

        assertThat(b.topSelf()).extracting(MethodShare::method).containsExactly("a.A.x", "b.B.y");
        assertThat(b.topSelf().get(1).percent()).isEqualTo(25.0);
    }

    @Test
    void truncatedStacksAreCounted() {
        Breakdown b = aggregator.aggregate(new RecordedSamples(List.of(
                new StackSample(List.of(ADD, EVAL), true), StackSample.of(ADD)), List.of()));

        assertThat(b.truncatedSamples()).isEqualTo(1);
    }

    private static RecordedSamples samples(StackSample... stacks) {
        return new RecordedSamples(List.of(stacks), List.of());
    }
}
