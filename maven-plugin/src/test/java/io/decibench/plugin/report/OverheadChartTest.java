package io.decibench.plugin.report;

import static io.decibench.plugin.report.SvgAssertions.attr;
import static io.decibench.plugin.report.SvgAssertions.byClass;
import static io.decibench.plugin.report.SvgAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.plugin.results.Overhead;
import io.decibench.plugin.stats.TargetVerdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class OverheadChartTest {

    private static final List<String> MODES = List.of("float", "decimal", "decimal-fixed", "float-native",
            "decimal-native");

    private static Overhead overhead(String scenario, String mode, Double p, Double lo, Double hi) {
        return new Overhead(scenario, mode, p, lo, hi, List.of(), 30.0, TargetVerdict.of(lo, hi, 30.0));
    }

    private static String svg(List<Overhead> rows) {
        return OverheadChart.svg(rows, 30.0, MODES);
    }

    private final List<Overhead> rows = List.of(
            overhead("daily", "decimal", 40.0, 35.0, 45.0),
            overhead("daily", "decimal-native", 10.0, 8.0, 12.0),
            overhead("hourly", "decimal", 100.0, 90.0, 110.0),
            overhead("hourly", "decimal-native", -50.0, -52.0, -48.0));

    @Test
    void drawsOneBarWithWhiskerPerOverheadAndLabelsEveryScenario() throws Exception {
        Document doc = parse(svg(rows));

        assertThat(byClass(doc, "bar")).hasSize(4);
        assertThat(byClass(doc, "whisker")).hasSize(4);
        assertThat(byClass(doc, "scenario-label")).extracting(Element::getTextContent)
                .containsExactly("daily", "hourly");
        assertThat(byClass(doc, "legend-label")).extracting(Element::getTextContent)
                .containsExactly("decimal", "decimal-native");
        assertThat(byClass(doc, "value-label")).extracting(Element::getTextContent)
                .containsExactly("+40.0%", "+10.0%", "+100.0%", "-50.0%");
    }

    @Test
    void ratiosLieOnALogScaleSoAHalvingAndADoublingAreEquallyFarFromZero() throws Exception {
        Document doc = parse(svg(rows));
        List<Element> bars = byClass(doc, "bar");
        double zero = attr(bars.get(0), "y") + attr(bars.get(0), "height");
        // +100% rises exactly as far as -50% falls.
        assertThat(attr(bars.get(2), "height")).isCloseTo(attr(bars.get(3), "height"), within(0.11));
        assertThat(attr(bars.get(3), "y")).isCloseTo(zero, within(0.11));
        // +40% against +10% is ln(1.4) / ln(1.1), not 4.
        assertThat(attr(bars.get(0), "height") / attr(bars.get(1), "height"))
                .isCloseTo(Math.log(1.4) / Math.log(1.1), within(0.05));
        double targetY = attr(byClass(doc, "target-line").get(0), "y1");
        assertThat((zero - targetY) / (zero - attr(bars.get(0), "y"))).isCloseTo(Math.log(1.3) / Math.log(1.4),
                within(0.01));
        assertThat(byClass(doc, "target-label").get(0).getTextContent()).isEqualTo("target +30%");
    }

    @Test
    void ticksAreSymmetricRatiosAroundZero() throws Exception {
        Document doc = parse(svg(rows));
        List<Element> grid = byClass(doc, "grid");
        List<Element> ticks = byClass(doc, "tick");
        assertThat(ticks).extracting(Element::getTextContent).contains("0%", "+100%", "-50%");
        double zero = 0;
        for (int i = 0; i < ticks.size(); i++) {
            if (ticks.get(i).getTextContent().equals("0%")) {
                zero = attr(grid.get(i), "y1");
            }
        }
        // Every tick r above 0% has its reciprocal 1/r below, at the same distance.
        for (int i = 0; i < ticks.size(); i++) {
            String label = ticks.get(i).getTextContent();
            if (!label.startsWith("+")) {
                continue;
            }
            double ratio = 1 + Double.parseDouble(label.substring(1, label.length() - 1)) / 100;
            double mirrorY = 2 * zero - attr(grid.get(i), "y1");
            String mirror = io.decibench.plugin.view.Format.tickPercent((1 / ratio - 1) * 100);
            boolean found = false;
            for (int j = 0; j < ticks.size(); j++) {
                if (ticks.get(j).getTextContent().equals(mirror)) {
                    assertThat(attr(grid.get(j), "y1")).as(mirror).isCloseTo(mirrorY, within(0.15));
                    found = true;
                }
            }
            // A mirror tick may fall outside the axis, never inside it unlabelled.
            if (!found) {
                assertThat(mirrorY).as("mirror of " + label).isGreaterThan(attr(byClass(doc, "bar").get(0), "y"));
            }
        }
    }

    @Test
    void aHugeIntervalIsDrawnWholeOnTheLogAxis() throws Exception {
        Document doc = parse(svg(List.of(
                overhead("daily", "decimal", 1279.1, -72.7, 69632.1),
                overhead("hourly", "decimal", 40.0, 35.0, 45.0))));

        assertThat(byClass(doc, "whisker-cut")).isEmpty();
        assertThat(byClass(doc, "whisker-cap")).hasSize(4);
        List<Element> bars = byClass(doc, "bar");
        assertThat(attr(bars.get(1), "height") / attr(bars.get(0), "height"))
                .isCloseTo(Math.log(1.4) / Math.log(13.791), within(0.01));
    }

    @Test
    void anIntervalBeyondTheAxisLimitIsMarkedAsCutWithItsTrueBound() throws Exception {
        Document doc = parse(svg(List.of(overhead("daily", "decimal", 500.0, 10.0, 250_000.0))));

        assertThat(byClass(doc, "whisker-cut")).hasSize(1);
        assertThat(byClass(doc, "whisker-cut-label")).extracting(Element::getTextContent)
                .containsExactly("CI to +250000.0%");
        assertThat(byClass(doc, "whisker-cap")).hasSize(1);
    }

    @Test
    void labelsNeverOverlapEachOtherOrTheTargetLineAndStayAtTheirBars() throws Exception {
        // A crowded chart: five modes whose values sit close to each other, to zero and to the target.
        List<Overhead> crowded = new ArrayList<>();
        double[][] values = {{28, 26, 33}, {31, 29, 34}, {29, 27, 32}, {-3, -5, -1}, {2, -1, 5}};
        String[] modes = {"decimal", "decimal-fixed", "joda-money", "decimal-native", "decimal4j"};
        for (String scenario : List.of("daily", "hourly", "minute")) {
            for (int m = 0; m < modes.length; m++) {
                crowded.add(overhead(scenario, modes[m], values[m][0], values[m][1], values[m][2]));
            }
        }
        Document doc = parse(svg(crowded));

        List<LabelLayout.Box> labels = new ArrayList<>();
        for (Element e : byClass(doc, "value-label")) {
            labels.add(LabelLayout.Box.label(attr(e, "x"), attr(e, "y"), e.getTextContent()));
        }
        // The target's label starts right of the plot.
        Element target = byClass(doc, "target-label").get(0);
        labels.add(new LabelLayout.Box(attr(target, "x"), attr(target, "y") - LabelLayout.LINE + 2,
                attr(target, "x") + target.getTextContent().length() * LabelLayout.CHAR_WIDTH, attr(target, "y") + 2));
        assertThat(labels).hasSize(16);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).overlaps(labels.get(j))).as("labels %d and %d", i, j).isFalse();
            }
        }
        Element targetLine = byClass(doc, "target-line").get(0);
        double targetY = attr(targetLine, "y1");
        LabelLayout.Box line = new LabelLayout.Box(attr(targetLine, "x1"), targetY - 1, attr(targetLine, "x2"),
                targetY + 1);
        for (LabelLayout.Box b : labels) {
            assertThat(b.overlaps(line)).as("label on the target line: " + b).isFalse();
        }
        // Each value label stays at its own bar's end (within three lines), above a rising bar, below a falling one.
        List<Element> bars = byClass(doc, "bar");
        List<Element> valueLabels = byClass(doc, "value-label");
        for (int i = 0; i < bars.size(); i++) {
            Element bar = bars.get(i);
            Element label = valueLabels.get(i);
            double centre = attr(bar, "x") + attr(bar, "width") / 2;
            assertThat(attr(label, "x")).isCloseTo(centre, within(0.11));
            double y = attr(label, "y");
            if (label.getTextContent().startsWith("-")) {
                double end = attr(bar, "y") + attr(bar, "height");
                assertThat(y).as("below its falling bar").isBetween(end, end + 4 * LabelLayout.LINE);
            } else {
                assertThat(y).as("above its rising bar").isBetween(attr(bar, "y") - 4 * LabelLayout.LINE,
                        attr(bar, "y"));
            }
        }
        // Everything stays inside the picture, below the legend.
        Element svg = doc.getDocumentElement();
        double dy = plotOffset(doc);
        for (LabelLayout.Box b : labels) {
            assertThat(b.top() + dy).isGreaterThanOrEqualTo(ChartFrame.LEGEND_BOTTOM);
            assertThat(b.bottom() + dy).isLessThan(attr(svg, "height"));
        }
    }

    @Test
    void aLegendTooWideForOneRowWrapsAndThePlotMovesDownForIt() throws Exception {
        List<Overhead> many = new ArrayList<>();
        for (String mode : List.of("decimal", "decimal-fixed", "decimal-native", "joda-money-bigmoney",
                "decimal4j-scaled-long", "our-own-ledger-fixed")) {
            many.add(overhead("daily", mode, 20.0, 18.0, 22.0));
        }
        Document doc = parse(svg(many));

        List<Element> labels = byClass(doc, "legend-label");
        assertThat(labels).hasSize(6);
        List<LabelLayout.Box> boxes = new ArrayList<>();
        for (Element e : labels) {
            boxes.add(new LabelLayout.Box(attr(e, "x"), attr(e, "y") - 10, attr(e, "x")
                    + e.getTextContent().length() * LabelLayout.CHAR_WIDTH, attr(e, "y") + 2));
        }
        for (int i = 0; i < boxes.size(); i++) {
            assertThat(boxes.get(i).left()).isGreaterThanOrEqualTo(ChartFrame.LEFT);
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("legend labels %d and %d", i, j).isFalse();
            }
        }
        assertThat(attr(labels.get(5), "y")).isGreaterThan(attr(labels.get(0), "y"));
        assertThat(plotOffset(doc)).isGreaterThanOrEqualTo(ChartFrame.LEGEND_ROW);
    }

    @Test
    void aRowWithoutAnEndToEndFigureIsLabelledInsteadOfDrawn() throws Exception {
        Document doc = parse(svg(List.of(
                overhead("daily", "decimal", 12.0, null, null),
                overhead("daily", "decimal-native", null, null, null))));

        assertThat(byClass(doc, "bar")).hasSize(1);
        assertThat(byClass(doc, "whisker")).isEmpty();
        assertThat(byClass(doc, "na-label")).extracting(Element::getTextContent).containsExactly("–");
    }

    @Test
    void aModeKeepsItsColourWhateverModesRan() throws Exception {
        String onlyNative = svg(List.of(overhead("daily", "decimal-native", 10.0, 8.0, 12.0)));
        String both = svg(rows);
        String colour = byClass(parse(onlyNative), "bar").get(0).getAttribute("fill");
        assertThat(byClass(parse(both), "bar").get(1).getAttribute("fill")).isEqualTo(colour);
    }

    @Test
    void escapesScenarioAndModeNamesSoTheyCannotInjectMarkup() throws Exception {
        String evil = "<script>alert('x')</script>&\"";
        String svg = svg(List.of(overhead(evil, "decimal", 12.0, 10.0, 14.0)));

        assertThat(svg).doesNotContain("<script>");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(byClass(doc, "scenario-label").get(0).getTextContent()).isEqualTo(evil);
        assertThat(byClass(doc, "bar").get(0).getTextContent()).contains(evil);
    }

    /** How far the plot was moved down to make room for labels above it. */
    private static double plotOffset(Document doc) {
        String t = byClass(doc, "plot").get(0).getAttribute("transform");
        return Double.parseDouble(t.substring("translate(0 ".length(), t.length() - 1));
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }
}
