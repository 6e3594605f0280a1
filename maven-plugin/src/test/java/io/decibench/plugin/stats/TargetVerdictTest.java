package io.decibench.plugin.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetVerdictTest {

    private static final double TARGET = 30.0;

    @Test
    void metIffTheWholeIntervalIsBelowTheTarget() {
        assertThat(TargetVerdict.of(10.0, 29.999, TARGET)).isEqualTo(TargetVerdict.MET);
        assertThat(TargetVerdict.of(-5.0, 0.0, TARGET)).isEqualTo(TargetVerdict.MET);
    }

    @Test
    void missedIffTheWholeIntervalIsAboveTheTarget() {
        assertThat(TargetVerdict.of(30.001, 50.0, TARGET)).isEqualTo(TargetVerdict.MISSED);
    }

    @Test
    void anIntervalContainingTheTargetIsInconclusive() {
        assertThat(TargetVerdict.of(20.0, 40.0, TARGET)).isEqualTo(TargetVerdict.INCONCLUSIVE);
    }

    @Test
    void aBoundEqualToTheTargetIsInconclusive() {
        assertThat(TargetVerdict.of(10.0, 30.0, TARGET)).isEqualTo(TargetVerdict.INCONCLUSIVE);
        assertThat(TargetVerdict.of(30.0, 40.0, TARGET)).isEqualTo(TargetVerdict.INCONCLUSIVE);
        assertThat(TargetVerdict.of(30.0, 30.0, TARGET)).isEqualTo(TargetVerdict.INCONCLUSIVE);
    }

    @Test
    void noIntervalIsInconclusive() {
        assertThat(TargetVerdict.of(null, null, TARGET)).isEqualTo(TargetVerdict.INCONCLUSIVE);
        assertThat(TargetVerdict.of(null, 10.0, TARGET)).isEqualTo(TargetVerdict.INCONCLUSIVE);
    }

    @Test
    void oneFarBelowTargetPairIsStillInconclusive() {
        OverheadEstimate one = new OverheadEstimator(0.95).fromRatios(List.of(1.01));
        assertThat(one.overheadPercent()).isNotNull();
        assertThat(TargetVerdict.of(one, TARGET)).isEqualTo(TargetVerdict.INCONCLUSIVE);
    }
}
