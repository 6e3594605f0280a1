package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.Presets;
import io.decibench.plugin.results.DecisionFlip;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.ModeExactness;
import io.decibench.plugin.results.ModeMetadata;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactnessComparisonTest {

    private static final BundleLayout MINUTE = BundleLayout.of(Presets.PROFILING_MINUTE);

    private static ProbeRun run(String mode, String value, String hash) {
        return new ProbeRun("minute", mode, new BigDecimal(value), hash);
    }

    private static ProbeRun traced(String mode, List<String> sessions, List<Decision> decisions) {
        List<BigDecimal> values = sessions.stream().map(BigDecimal::new).toList();
        return new ProbeRun("minute", mode, values.get(values.size() - 1), "h-" + mode + values.hashCode(), values,
                3L, 300L, new BigDecimal("0.3000"), decisions);
    }

    private static Exactness compare(ProbeRun... runs) {
        return ExactnessComparison.of("minute", List.of(runs), ModeMetadata::of, MINUTE);
    }

    @Test
    void exactModesAgreeOnlyWhenTwoOrMoreRanAndSayWhichWereCompared() {
        Exactness three = compare(run("float", "104321.12345678901", "f"), run("decimal", "104321.1234", "d"),
                run("decimal-fixed", "104321.1234", "d"), run("decimal-native", "104321.1234", "d"));
        assertThat(three.exactModesAgree()).isTrue();
        assertThat(three.exactModesCompared()).containsExactly("decimal", "decimal-fixed", "decimal-native");
        assertThat(three.reference()).isEqualTo("decimal");
        assertThat(three.mode("decimal-native").orElseThrow().matchesReference()).isTrue();
        assertThat(three.mode("decimal").orElseThrow().matchesReference()).isNull();

        Exactness one = compare(run("float", "1.00001", "f"), run("decimal", "1.0000", "d"));
        assertThat(one.exactModesAgree()).isNull();
        assertThat(one.exactModesCompared()).isEmpty();
        assertThat(one.reference()).isEqualTo("decimal");
    }

    @Test
    void aDifferentValueOrHashOrCountMeansTheExactModesDisagree() {
        assertThat(compare(run("decimal", "1.0000", "a"), run("decimal-native", "1.0000", "b")).exactModesAgree())
                .isFalse();
        assertThat(compare(run("decimal", "1.0000", "a"), run("decimal-fixed", "1.0001", "a")).exactModesAgree())
                .isFalse();
        ProbeRun a = new ProbeRun("minute", "decimal", BigDecimal.ONE, "a", List.of(), 3L, 300L, null, null);
        ProbeRun b = new ProbeRun("minute", "decimal-fixed", BigDecimal.ONE, "a", List.of(), 4L, 300L, null, null);
        Exactness e = compare(a, b);
        assertThat(e.exactModesAgree()).isFalse();
        assertThat(e.mode("decimal-fixed").orElseThrow().matchesReference()).isFalse();
    }

    @Test
    void withoutDecisionTracesOnlyTheFinalValueIsJudged() {
        Exactness e = compare(run("float", "100000.2", "f"), run("decimal", "100000.0000", "d"));
        ModeExactness f = e.mode("float").orElseThrow();
        assertThat(new BigDecimal(f.driftFinal())).isEqualByComparingTo("0.2");
        assertThat(f.withinTolerance()).isFalse();
        assertThat(f.decisionFlips()).isNull();
        assertThat(f.roundingDriftMaxSession()).isNull();
        assertThat(f.driftMaxSession()).isNull();
    }

    @Test
    void decisionFlipsAreCountedLocatedAndSeparatedFromRoundingDrift() {
        // Bars 0..389 are 2024-09-03, 390..779 2024-09-04, 780.. 2024-09-05.
        List<Decision> exact = List.of(new Decision(0, 10, 100), new Decision(0, 500, 0), new Decision(3, 800, 100));
        // float exits asset 0 one bar early (a flipped tie) and never enters asset 3: two departures.
        List<Decision> floats = List.of(new Decision(0, 10, 100), new Decision(0, 499, 0));
        ProbeRun reference = traced("decimal", List.of("100000.0000", "100010.0100", "99990.5000"), exact);
        ProbeRun f = traced("float", List.of("100000.00000001", "100010.0102", "99995.5000"), floats);

        ModeExactness m = compare(f, reference).mode("float").orElseThrow();

        assertThat(m.decisionFlips()).isEqualTo(2);
        assertThat(m.flips()).containsExactly(new DecisionFlip("SYM000", 499, "2024-09-04", 0, 100),
                new DecisionFlip("SYM003", 800, "2024-09-05", 0, 100));
        // Rounding drift: only the session before the first flip's session (2024-09-03).
        assertThat(new BigDecimal(m.roundingDriftMaxSession())).isEqualByComparingTo("0.00000001");
        assertThat(m.withinTolerance()).isTrue();
        assertThat(new BigDecimal(m.driftMaxSession())).isEqualByComparingTo("5.0000");
        assertThat(new BigDecimal(m.driftFinal())).isEqualByComparingTo("5.0000");
        assertThat(m.trades()).isEqualTo(3L);
        assertThat(m.sharesFilled()).isEqualTo(300L);
    }

    @Test
    void identicalDecisionsLeaveTheWholeDriftToRounding() {
        List<Decision> same = List.of(new Decision(1, 5, 100));
        ProbeRun reference = traced("decimal-native", List.of("100000.0000", "100001.0000"), same);
        ProbeRun f = traced("float-native", List.of("100000.0000", "100001.5000"), same);
        ModeExactness m = compare(f, reference).mode("float-native").orElseThrow();
        assertThat(m.decisionFlips()).isZero();
        assertThat(m.flips()).isEmpty();
        assertThat(new BigDecimal(m.roundingDriftMaxSession())).isEqualByComparingTo("0.5");
        // 0.5 in 100,001 is beyond one in a million: out of tolerance although every decision matches.
        assertThat(m.withinTolerance()).isFalse();
    }

    @Test
    void onlyTheFirstFewFlipsAreListedButAllAreCounted() {
        List<Decision> exact = new ArrayList<>();
        List<Decision> floats = new ArrayList<>();
        for (int bar = 0; bar < 20; bar++) {
            exact.add(new Decision(0, bar * 2, bar % 2 == 0 ? 100 : 0));
        }
        ProbeRun reference = traced("decimal", List.of("1.0000"), exact);
        ProbeRun f = traced("float", List.of("1.0000"), floats);
        ModeExactness m = compare(f, reference).mode("float").orElseThrow();
        assertThat(m.decisionFlips()).isEqualTo(10);
        assertThat(m.flips()).hasSize(ExactnessComparison.LISTED_FLIPS);
        assertThat(m.flips().get(0).bar()).isZero();
        // The first flip is in the first session: no session is left to judge rounding on.
        assertThat(m.roundingDriftMaxSession()).isNull();
        assertThat(m.withinTolerance()).isNull();
    }

    @Test
    void theReferenceIsTheFirstExactModeWithATraceAndRunsOfOtherScenariosAreIgnored() {
        ProbeRun untraced = run("decimal", "1.0000", "d");
        ProbeRun withTrace = traced("decimal-fixed", List.of("1.0000"), List.of());
        ProbeRun other = new ProbeRun("daily", "float", BigDecimal.TEN, "x");
        Exactness e = ExactnessComparison.of("minute", List.of(untraced, withTrace, other), ModeMetadata::of, MINUTE);
        assertThat(e.reference()).isEqualTo("decimal-fixed");
        assertThat(e.modes()).extracting(ModeExactness::mode).containsExactly("decimal", "decimal-fixed");
    }
}
