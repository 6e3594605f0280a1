package io.decibench.plugin.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StudentTTest {

    @ParameterizedTest(name = "t({0}, df={1}) = {2}")
    @CsvSource({
        "0.975, 1, 12.7062047362",
        "0.975, 2, 4.3026527297",
        "0.975, 3, 3.1824463053",
        "0.975, 4, 2.7764451052",
        "0.975, 9, 2.2621571628",
        "0.975, 29, 2.0452296421",
        "0.975, 120, 1.9799304051",
        "0.95, 5, 2.0150483733",
        "0.995, 10, 3.1692726726",
        "0.9995, 1, 636.6192487687",
        "0.9, 30, 1.3104150254",
    })
    void quantilesMatchTables(double p, double df, double expected) {
        assertThat(StudentT.quantile(p, df)).isCloseTo(expected, within(expected * 1e-8));
        assertThat(StudentT.quantile(1 - p, df)).isCloseTo(-expected, within(expected * 1e-8));
    }

    @Test
    void largeDfApproachesTheNormal() {
        assertThat(StudentT.quantile(0.975, 1e7)).isCloseTo(1.959963985, within(1e-6));
    }

    @Test
    void fractionalDfLiesBetweenItsIntegerNeighbours() {
        double t45 = StudentT.quantile(0.975, 4.5);
        assertThat(t45).isLessThan(StudentT.quantile(0.975, 4)).isGreaterThan(StudentT.quantile(0.975, 5));
        assertThat(StudentT.cdf(t45, 4.5)).isCloseTo(0.975, within(1e-12));
    }

    @Test
    void cdfIsSymmetricAndHalfAtZero() {
        assertThat(StudentT.cdf(0, 3)).isEqualTo(0.5);
        assertThat(StudentT.cdf(1.5, 3) + StudentT.cdf(-1.5, 3)).isCloseTo(1.0, within(1e-14));
        // df = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t)/pi.
        assertThat(StudentT.cdf(2.0, 1)).isCloseTo(0.5 + Math.atan(2.0) / Math.PI, within(1e-13));
    }

    @Test
    void criticalValueOfA95PercentIntervalIsTheUpper975Quantile() {
        assertThat(StudentT.critical(0.95, 4)).isEqualTo(StudentT.quantile(0.975, 4));
    }

    @Test
    void rejectsMeaninglessArguments() {
        assertThatThrownBy(() -> StudentT.quantile(1.0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.quantile(0.5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.critical(95, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
