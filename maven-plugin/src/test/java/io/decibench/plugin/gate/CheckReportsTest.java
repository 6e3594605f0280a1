package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckReportsTest {

    @TempDir
    Path dir;

    private final CheckOutcome doubled = new RegressionGate(Thresholds.DEFAULTS)
            .check(GateFixtures.run(), Optional.of(GateFixtures.scaled(0.5, 0.5, 1)));

    @Test
    void textTableShowsEveryRowWithChangeIntervalAndVerdict() {
        String text = CheckTable.text(doubled);

        assertThat(text).contains("Regression check (warn 5%, fail 20%, alloc tolerance 10%; 10 gated rows,"
                + " 3 baseline sessions):");
        assertThat(text).contains("Each interval is the row's share of the run's error budget (Bonferroni over the 10"
                + " gated rows): a run of unchanged code FAILs in at most 0.5% and WARNs in at most 5% of runs.");
        assertThat(text).containsPattern(
                "scenario +mode +metric +baseline +current +change \\[CI\\] +verdict");
        assertThat(text).containsPattern("daily +float +time +(4\\.99\\d|5\\.00\\d) ms/op +(9\\.99\\d|10\\.00) ms/op"
                + " +\\+100\\.0% "
                + "\\[\\+\\d+\\.\\d%, \\+\\d+\\.\\d%\\] +FAIL");
        assertThat(text).containsPattern("daily +decimal +overhead-ratio +0\\.\\d{4} +1\\.\\d{4} +\\+100\\.0%");
        assertThat(text).containsPattern("daily +decimal +alloc +(\\d+) B/op +\\1 B/op +\\+0\\.0% +PASS");
        assertThat(text).contains("Target verdicts:").containsPattern("overall +decimal-native +\\+\\d+\\.\\d%");
        assertThat(text).contains("Run verdict: MET (decimal-native, the cheapest exact mode, against the 30% target)");
    }

    @Test
    void withoutBaselinesTheTableSaysHowToCreateThem() {
        CheckOutcome none = new RegressionGate(Thresholds.DEFAULTS).check(GateFixtures.run(), Optional.empty());
        assertThat(CheckTable.text(none)).contains("No baselines", "mvn decibench:baseline")
                .doesNotContain("Regression check");
    }

    @Test
    void markdownHasTheSameRows() {
        String md = CheckTable.markdown(doubled);
        assertThat(md).contains("| scenario | mode | metric | baseline | current | change [CI] | verdict |",
                "|---|---|---|---|---|---|---|");
        assertThat(md.lines().filter(l -> l.startsWith("| daily ") || l.startsWith("| hourly "))).hasSize(16 + 4);
    }

    @Test
    void checkResultsJsonHasOneObjectPerRowWithTheContractFields() throws Exception {
        Path file = dir.resolve(CheckResultsJson.FILE_NAME);
        CheckResultsJson.write(file, doubled);

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("gatedRows").asInt()).isEqualTo(10);
        assertThat(root.get("failRate").asDouble()).isEqualTo(0.005);
        assertThat(root.get("warnRate").asDouble()).isEqualTo(0.05);
        assertThat(root.get("baselineSessions").asInt()).isEqualTo(3);
        assertThat(root.get("contendedForks").asInt()).isZero();
        assertThat(root.get("slowdown").isEmpty()).isTrue();
        JsonNode rows = root.get("rows");
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(16);
        JsonNode first = rows.get(0);
        assertThat(first.fieldNames()).toIterable().contains("scenario", "mode", "metric", "baseline", "current",
                "change", "changeCiLow", "changeCiHigh", "verdict", "confidence", "baselineSessions", "forkSd",
                "sessionSd");
        JsonNode time = findRow(rows, "daily", "float", "time");
        assertThat(time.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(time.get("change").asDouble()).isBetween(0.999, 1.001);
        assertThat(findRow(rows, "daily", "decimal", "alloc").get("changeCiLow").isNull()).isTrue();
    }

    @Test
    void junitXmlHasAFailurePerFailAndSkipsRowsNotCompared() throws Exception {
        Path file = dir.resolve(JUnitReport.FILE_NAME);
        JUnitReport.write(file, doubled);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("17");
        assertThat(suite.getAttribute("failures")).isEqualTo("10");
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(10);
        NodeList cases = doc.getElementsByTagName("testcase");
        Element first = (Element) cases.item(0);
        assertThat(first.getAttribute("classname")).startsWith("decibench.daily.");
        assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent()).contains("Regression check");
        Element target = (Element) cases.item(16);
        assertThat(target.getAttribute("name")).isEqualTo("run verdict decimal-native");
        assertThat(target.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void junitXmlSkipsRowsFromAnotherMachine() throws Exception {
        Baselines other = GateFixtures.withFingerprint(GateFixtures.baselines(), GateFixtures::otherMachine);
        CheckOutcome outcome = new RegressionGate(Thresholds.DEFAULTS).check(GateFixtures.run(), Optional.of(other));
        Path file = dir.resolve(JUnitReport.FILE_NAME);
        JUnitReport.write(file, outcome);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(doc.getDocumentElement().getAttribute("skipped")).isEqualTo("6");
        Element skipped = (Element) doc.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("other machine: not compared");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    }

    @Test
    void theTableSaysWhenARunWasSlowedOnPurposeOrContended() {
        var run = RunFixtures.withLoad(RunFixtures.slowed(GateFixtures.run(), "decimal", 0.25), "daily", "float",
                RunFixtures.CONTENDED);
        String text = CheckTable.text(new RegressionGate(Thresholds.DEFAULTS).check(run,
                Optional.of(GateFixtures.baselines())));

        assertThat(text).contains("Injected slowdown (decibench.slowdown): [decimal +25%] more CPU work per operation")
                .contains("5 fork(s) stayed contended after a re-run (other processes used the CPU): their rows are"
                        + " not judged and no row FAILs or WARNs.");
        assertThat(text).containsPattern("daily +decimal +overhead-ratio .* INCONCLUSIVE \\(contended: 5 fork");
    }

    @Test
    void otherSettingsPrintTheExplanationAboveTheTable() {
        String text = CheckTable.text(new RegressionGate(Thresholds.DEFAULTS).check(
                RunFixtures.withWarmup(GateFixtures.run(), 1, "100ms"), Optional.of(GateFixtures.baselines())));
        assertThat(text).contains("This run was measured with other settings than the baselines (warm-up 3 x 1s"
                + " (baseline) vs 1 x 100ms (now))").contains("other settings: not compared");
    }

    private static JsonNode findRow(JsonNode rows, String scenario, String mode, String metric) {
        for (JsonNode r : rows) {
            if (r.get("scenario").asText().equals(scenario) && r.get("mode").asText().equals(mode)
                    && r.get("metric").asText().equals(metric)) {
                return r;
            }
        }
        throw new AssertionError("no row " + scenario + " " + mode + " " + metric);
    }
}
