package io.decibench.plugin.profile;

import static io.decibench.plugin.profile.SyntheticProfiles.ADD;
import static io.decibench.plugin.profile.SyntheticProfiles.EVAL;
import static io.decibench.plugin.profile.SyntheticProfiles.FILL;
import static io.decibench.plugin.profile.SyntheticProfiles.MULTIPLY;
import static io.decibench.plugin.profile.SyntheticProfiles.profile;
import static io.decibench.plugin.profile.SyntheticProfiles.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProfileComparatorTest {

    // before: 60% add, 20% multiply, 20% fill; after (twice as many samples): 20% add, 30% multiply, 10% eval, 40% fill
    private final ProfileSet before = set("before",
            profile("daily", "decimal", new String[] {ADD, MULTIPLY, FILL}, new int[] {60, 20, 20}),
            profile("hourly", "decimal", new String[] {ADD}, new int[] {10}));
    private final ProfileSet after = set("after",
            profile("daily", "decimal", new String[] {ADD, MULTIPLY, EVAL, FILL}, new int[] {40, 60, 20, 80}),
            profile("minute", "decimal", new String[] {ADD}, new int[] {10}));

    private final ProfileComparison comparison = new ProfileComparator(5).compare(before, after, "now");

    @Test
    void modulesCompareByShareInPercentagePoints() {
        CellComparison daily = comparison.cells().get(0);

        assertThat(daily.scenario()).isEqualTo("daily");
        assertThat(daily.beforeSamples()).isEqualTo(100);
        assertThat(daily.afterSamples()).isEqualTo(200);
        ModuleChange math = daily.modules().stream().filter(m -> m.module().equals(ModuleRules.JAVA_MATH))
                .findFirst().orElseThrow();
        assertThat(math.beforeSelfPercent()).isCloseTo(80.0, within(1e-9));
        assertThat(math.afterSelfPercent()).isCloseTo(50.0, within(1e-9));
        assertThat(math.selfChange()).isCloseTo(-30.0, within(1e-9));
        assertThat(daily.modules().get(0).module()).as("biggest mover first").isEqualTo(ModuleRules.JAVA_MATH);
        assertThat(daily.modules().stream().mapToDouble(ModuleChange::selfChange).sum()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void methodsThatGainedAndLostMostComeFirst() {
        CellComparison daily = comparison.cells().get(0);

        assertThat(daily.gained()).extracting(MethodChange::method).containsExactly(FILL, EVAL, MULTIPLY);
        assertThat(daily.gained().get(0).change()).isCloseTo(20.0, within(1e-9));
        assertThat(daily.gained().get(1).beforePercent()).as("absent before counts as 0").isZero();
        assertThat(daily.lost()).extracting(MethodChange::method).containsExactly(ADD);
        assertThat(daily.lost().get(0).change()).isCloseTo(-40.0, within(1e-9));
    }

    @Test
    void cellsProfiledUnderOnlyOneLabelAreListedNotCompared() {
        assertThat(comparison.cells()).hasSize(1);
        assertThat(comparison.unmatched()).containsExactly("hourly / decimal: only in before",
                "minute / decimal: only in after");
    }

    @Test
    void comparingAProfileWithItselfChangesNothing() {
        ProfileComparison same = new ProfileComparator(5).compare(before, before, "now");

        assertThat(same.cells()).allSatisfy(c -> {
            assertThat(c.gained()).isEmpty();
            assertThat(c.lost()).isEmpty();
            assertThat(c.modules()).allSatisfy(m -> assertThat(m.selfChange()).isZero());
        });
    }
}
