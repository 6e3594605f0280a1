package io.decibench.plugin.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void percentagesAreSignedWithOneDecimalAndNeverNegativeZero() {
        assertThat(Format.percent(12.345)).isEqualTo("+12.3%");
        assertThat(Format.percent(-4.0)).isEqualTo("-4.0%");
        assertThat(Format.percent(-0.04)).isEqualTo("+0.0%");
        assertThat(Format.percent(-99.99)).isEqualTo("-99.99%");
        assertThat(Format.percent(-99.9999)).isEqualTo("-99.9999%");
        assertThat(Format.percent(null)).isEqualTo(Format.MISSING);
        assertThat(Format.percent(Double.NaN)).isEqualTo(Format.MISSING);
        assertThat(Format.percentWithInterval(12.3, 10.1, 14.6)).isEqualTo("+12.3% [+10.1%, +14.6%]");
        assertThat(Format.percentWithInterval(12.3, null, null)).isEqualTo("+12.3% (no CI)");
        assertThat(Format.percentWithInterval(null, 1.0, 2.0)).isEqualTo(Format.MISSING);
        assertThat(Format.fractionWithInterval(0.25, 0.21, 0.29)).isEqualTo("+25.0% [+21.0%, +29.0%]");
        assertThat(Format.fraction(0.05)).isEqualTo("+5.0%");
    }

    @Test
    void thresholdsAndTicksAreUnpaddedPercentages() {
        assertThat(Format.threshold(30.0)).isEqualTo("30%");
        assertThat(Format.threshold(12.5)).isEqualTo("12.5%");
        assertThat(Format.thresholdFraction(0.95)).isEqualTo("95%");
        assertThat(Format.thresholdFraction(0.05)).isEqualTo("5%");
        assertThat(Format.tickPercent(100)).isEqualTo("+100%");
        assertThat(Format.tickPercent(-50)).isEqualTo("-50%");
        assertThat(Format.tickPercent((1 / 1.5 - 1) * 100)).isEqualTo("-33.3%");
        assertThat(Format.tickPercent(1e-12)).isEqualTo("0%");
    }

    @Test
    void timesKeepFourSignificantDigitsAndTheIntervalsPrecision() {
        assertThat(Format.number(12.345)).isEqualTo("12.35");
        assertThat(Format.number(14.0)).isEqualTo("14.00");
        assertThat(Format.number(0.00123456)).isEqualTo("0.001235");
        assertThat(Format.number(12345.6)).isEqualTo("12346");
        assertThat(Format.time(0.2410, "ms/op")).isEqualTo("0.2410 ms/op");
        assertThat(Format.timeWithInterval(10.0, 9.8037, 10.1963, "ms/op")).isEqualTo("10.00 ± 0.20 ms/op");
        assertThat(Format.timeWithInterval(1234.4, 1207.4, 1261.4, "us/op")).isEqualTo("1234 ± 27 us/op");
        assertThat(Format.timeWithInterval(0.012345, 0.011925, 0.012765, null)).isEqualTo("0.01235 ± 0.00042");
        assertThat(Format.timeWithInterval(2.0, null, null, "ms/op")).isEqualTo("2.000 ms/op (no CI)");
        assertThat(Format.ratio(1.4)).isEqualTo("1.4000");
    }

    @Test
    void perBarSizesAndCountsHaveThreeSignificantDigitsOrGrouping() {
        assertThat(Format.nsPerBar(6.3999)).isEqualTo("6.40 ns/bar");
        assertThat(Format.nsPerBar(199.4)).isEqualTo("199 ns/bar");
        assertThat(Format.nsPerBar(1953.2)).isEqualTo("1953 ns/bar");
        assertThat(Format.extraNsPerBar(0.777)).isEqualTo("+0.777 ns/bar");
        assertThat(Format.extraNsPerBar(-1.25)).isEqualTo("-1.25 ns/bar");
        assertThat(Format.bytes(824.0)).isEqualTo("824 B");
        assertThat(Format.bytes(12_688.0)).isEqualTo("12.4 KiB");
        assertThat(Format.bytes(1.5 * 1024 * 1024)).isEqualTo("1.50 MiB");
        assertThat(Format.factor(1175.4)).isEqualTo("1175×");
        assertThat(Format.factor(0.5156)).isEqualTo("0.516×");
        assertThat(Format.count(1_234_567L)).isEqualTo("1,234,567");
        assertThat(Format.count((Long) null)).isEqualTo(Format.MISSING);
    }

    @Test
    void moneyHasFourDecimalsAndTinyDriftsKeepThreeSignificantDigits() {
        assertThat(Format.money("104321.12345678901234567")).isEqualTo("104,321.1235");
        assertThat(Format.money("100000")).isEqualTo("100,000.0000");
        assertThat(Format.money("not a number")).isEqualTo("not a number");
        assertThat(Format.money(null)).isEqualTo(Format.MISSING);
        assertThat(Format.drift("0.0000000000844")).isEqualTo("8.44e-11");
        assertThat(Format.drift("3.64211")).isEqualTo("3.6421");
        assertThat(Format.drift("0")).isEqualTo("0");
        assertThat(Format.drift("0.000")).isEqualTo("0");
    }

    @Test
    void timestampsAreToTheSecondInUtcAndNamesAndDigestsAreShort() {
        assertThat(Format.timestamp(Instant.parse("2026-11-26T22:00:00.123456789Z"))).isEqualTo("2026-11-26 22:00:00 UTC");
        assertThat(Format.timestamp(null)).isEqualTo(Format.MISSING);
        assertThat(Format.names(List.of("daily", "hourly"))).isEqualTo("daily, hourly");
        assertThat(Format.names(List.of())).isEqualTo(Format.MISSING);
        assertThat(Format.digest("0123456789abcdef0123")).isEqualTo("0123456789abcdef…");
        assertThat(Format.yesNo(null)).isEqualTo(Format.MISSING);
        assertThat(Format.text(" ")).isEqualTo(Format.MISSING);
    }
}
