package io.decibench.plugin.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormatTest {

    @Test
    void formatsFiguresTheSameWayEverywhere() {
        assertThat(ReportFormat.percent(12.345)).isEqualTo("+12.3 %");
        assertThat(ReportFormat.percent(-0.04)).isEqualTo("-0.0 %");
        assertThat(ReportFormat.percent(null)).isEqualTo(ReportFormat.NONE);
        assertThat(ReportFormat.percentCi(10.1, 14.6)).isEqualTo("[+10.1, +14.6] %");
        assertThat(ReportFormat.percentCi(null, 14.6)).isEqualTo(ReportFormat.NONE);
        assertThat(ReportFormat.target(30)).isEqualTo("30 %");
        assertThat(ReportFormat.target(12.5)).isEqualTo("12.5 %");
        assertThat(ReportFormat.time(12.3456, "ms/op")).isEqualTo("12.35 ms/op");
        assertThat(ReportFormat.time(0.0012345, "ms/op")).isEqualTo("0.001235 ms/op");
        assertThat(ReportFormat.plusMinus(10.0, 9.5, 10.25)).isEqualTo(" ± 0.5000");
        assertThat(ReportFormat.bytes(1234567.0)).isEqualTo("1,234,567 B/op");
        assertThat(ReportFormat.decimal("116088.290000000000814907252788543701171875")).isEqualTo("116088.2900");
        assertThat(ReportFormat.decimal("0.0300000000000814907")).isEqualTo("0.0300");
        assertThat(ReportFormat.decimal("0.000000012345")).isEqualTo("0.0000000123");
        assertThat(ReportFormat.decimal("116088.2600")).isEqualTo("116088.2600");
        assertThat(ReportFormat.decimal(null)).isEqualTo(ReportFormat.NONE);
    }
}
