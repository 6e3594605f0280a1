package io.decibench.plugin.report;

import io.decibench.plugin.results.Overhead;
import io.decibench.plugin.stats.TargetVerdict;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static io.decibench.plugin.report.SvgAssertions.attr;
import static io.decibench.plugin.report.SvgAssertions.byClass;
import static io.decibench.plugin.report.SvgAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

class OverheadChartTest {

    private static Overhead overhead(String scenario, String mode, Double p, Double lo, Double hi) {
        return new Overhead(scenario, mode, p, lo, hi, List.of(), 30.0, TargetVerdict.of(lo, hi, 30.0));
    }

    private final List<Overhead> rows = List.of(
            overhead("daily", "decimal", 40.0, 35.0, 45.0),
            overhead("daily", "decimal-native", 10.0, 8.0, 12.0),
            overhead("hourly", "decimal", 20.0, 15.0, 25.0),
            overhead("hourly", "decimal-native", -5.0, -7.0, -3.0));

    @Test
    void drawsOneBarWithWhiskerPerOverheadAndLabelsEveryScenario() throws Exception {
        Document doc = parse(OverheadChart.svg(rows, 30.0));

        assertThat(byClass(doc, "bar")).hasSize(4);
        assertThat(byClass(doc, "whisker")).hasSize(4);
        assertThat(byClass(doc, "scenario-label")).extracting(Element::getTextContent)
                .containsExactly("daily", "hourly");
        assertThat(byClass(doc, "legend-label")).extracting(Element::getTextContent)
                .containsExactly("decimal", "decimal-native");
        assertThat(byClass(doc, "value-label")).extracting(Element::getTextContent)
                .containsExactly("+40.0 %", "+10.0 %", "+20.0 %", "-5.0 %");
    }

    @Test
    void barHeightsAndWhiskersFollowTheValuesOnOneScaleWithTheTargetLine() throws Exception {
        Document doc = parse(OverheadChart.svg(rows, 30.0));
        List<Element> bars = byClass(doc, "bar");
        // The +40 % bar is four times as tall as the +10 % bar (both rise from the zero line).
        assertThat(attr(bars.get(0), "height") / attr(bars.get(1), "height")).isCloseTo(4.0, within(0.05));
        // The negative bar hangs below the zero line where the positive ones end.
        double zero = attr(bars.get(0), "y") + attr(bars.get(0), "height");
        assertThat(attr(bars.get(3), "y")).isCloseTo(zero, within(0.11));

        Element target = byClass(doc, "target-line").get(0);
        double targetY = attr(target, "y1");
        // 30 % lies three quarters of the way from 0 % to 40 %.
        double top40 = attr(bars.get(0), "y");
        assertThat((zero - targetY) / (zero - top40)).isCloseTo(0.75, within(0.01));
        assertThat(target.getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(byClass(doc, "target-label").get(0).getTextContent()).isEqualTo("target 30 %");

        Element range = byClass(doc, "whisker-range").get(0);
        double lo = attr(range, "y1");
        double hi = attr(range, "y2");
        // The whisker of 40 % [35, 45] spans 10 points: a quarter of the 40-point bar.
        assertThat(Math.abs(lo - hi) / attr(bars.get(0), "height")).isCloseTo(0.25, within(0.01));
    }

    @Test
    void cutsAHugeIntervalAndLabelsItsTrueBoundInsteadOfFlatteningTheBars() throws Exception {
        Document doc = parse(OverheadChart.svg(List.of(
                overhead("daily", "decimal", 1279.1, -72.7, 69632.1),
                overhead("hourly", "decimal", 40.0, 35.0, 45.0)), 30.0));

        assertThat(byClass(doc, "whisker-clipped")).extracting(Element::getTextContent)
                .containsExactly("to +69632.1 %");
        // Only the cut end loses its cap: daily keeps its lower cap, hourly both.
        assertThat(byClass(doc, "whisker-cap")).hasSize(3);
        // The 40 % bar stays visible: about 40 / 1279 of the tall one, not a sliver of a 70,000 % axis.
        List<Element> bars = byClass(doc, "bar");
        assertThat(attr(bars.get(1), "height") / attr(bars.get(0), "height")).isCloseTo(40 / 1279.1, within(0.005));
        assertThat(attr(bars.get(0), "height")).isGreaterThan(100);
    }

    @Test
    void aRowWithoutOverheadIsLabelledInsteadOfDrawn() throws Exception {
        Document doc = parse(OverheadChart.svg(List.of(
                overhead("daily", "decimal", 12.0, null, null),
                overhead("daily", "decimal-native", null, null, null)), 30.0));

        assertThat(byClass(doc, "bar")).hasSize(1);
        assertThat(byClass(doc, "whisker")).isEmpty();
        assertThat(byClass(doc, "na-label")).extracting(Element::getTextContent).containsExactly("n/a");
    }

    @Test
    void escapesScenarioAndModeNamesSoTheyCannotInjectMarkup() throws Exception {
        String evil = "<script>alert('x')</script>&\"";
        String svg = OverheadChart.svg(List.of(overhead(evil, "decimal", 12.0, 10.0, 14.0)), 30.0);

        assertThat(svg).doesNotContain("<script>");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(byClass(doc, "scenario-label").get(0).getTextContent()).isEqualTo(evil);
        assertThat(byClass(doc, "bar").get(0).getTextContent()).contains(evil);
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }
}
