package io.decibench.plugin.report;

import io.decibench.plugin.results.HistoryEntry;
import io.decibench.plugin.results.HistoryEntry.OverheadPoint;
import io.decibench.plugin.stats.TargetVerdict;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.decibench.plugin.report.SvgAssertions.attr;
import static io.decibench.plugin.report.SvgAssertions.byClass;
import static io.decibench.plugin.report.SvgAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

class TrendChartTest {

    static HistoryEntry run(int day, double decimal, double nativeMode) {
        return new HistoryEntry(1, Instant.parse("2026-11-%02dT10:00:00Z".formatted(day)), "abcdef1234567890",
                "fp", List.of(), List.of(), List.of(
                new OverheadPoint(null, "decimal", decimal, decimal - 2, decimal + 2, TargetVerdict.MISSED),
                new OverheadPoint(null, "decimal-native", nativeMode, nativeMode - 1, nativeMode + 1,
                        TargetVerdict.MET)), null);
    }

    @Test
    void drawsOneLineAndOnePointPerRunForEachMode() throws Exception {
        Document doc = parse(TrendChart.svg(List.of(run(1, 40, 10), run(2, 42, 11), run(3, 38, 9)), 30,
                List.of("float", "decimal", "decimal-native")));

        assertThat(byClass(doc, "trend-line")).hasSize(2);
        assertThat(byClass(doc, "trend-point")).hasSize(6);
        assertThat(byClass(doc, "legend-label")).extracting(Element::getTextContent)
                .containsExactly("decimal", "decimal-native");
        // Later runs are further right; a larger overhead is higher up.
        List<Element> points = byClass(doc, "trend-point");
        assertThat(attr(points.get(1), "cx")).isGreaterThan(attr(points.get(0), "cx"));
        assertThat(attr(points.get(1), "cy")).isLessThan(attr(points.get(0), "cy"));
        assertThat(points.get(0).getTextContent()).contains("decimal: +40.0% [+38.0%, +42.0%]").contains("abcdef1234")
                .contains("2026-11-01 10:00:00 UTC");
        assertThat(byClass(doc, "target-label").get(0).getTextContent()).isEqualTo("target +30%");
    }

    @Test
    void usesTheSameLogAxisAsTheOverheadChart() throws Exception {
        Document doc = parse(TrendChart.svg(List.of(run(1, 100, -50), run(2, 100, -50)), 30, List.of()));
        List<Element> points = byClass(doc, "trend-point");
        double zero = 0;
        List<Element> grid = byClass(doc, "grid");
        List<Element> ticks = byClass(doc, "tick");
        for (int i = 0; i < ticks.size(); i++) {
            if (ticks.get(i).getTextContent().equals("0%")) {
                zero = attr(grid.get(i), "y1");
            }
        }
        // +100% and -50% are equally far from 0%.
        assertThat(zero - attr(points.get(0), "cy")).isCloseTo(attr(points.get(2), "cy") - zero,
                org.assertj.core.data.Offset.offset(0.15));
        assertThat(ticks).extracting(Element::getTextContent).contains("+100%", "-50%");
    }

    @Test
    void needsTwoRunsAndDrawsOnlyTheMostRecentOnes() throws Exception {
        assertThat(TrendChart.drawable(List.of(run(1, 40, 10)))).isFalse();
        assertThat(TrendChart.drawable(List.of(run(1, 40, 10), run(2, 41, 10)))).isTrue();

        List<HistoryEntry> many = new ArrayList<>();
        for (int i = 0; i < TrendChart.MAX_RUNS + 5; i++) {
            many.add(run(1 + i % 28, 40, 10));
        }
        Document doc = parse(TrendChart.svg(many, 30, List.of()));
        assertThat(byClass(doc, "trend-point")).hasSize(2 * TrendChart.MAX_RUNS);
    }
}
