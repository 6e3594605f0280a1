package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.decibench.plugin.results.ResultsFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** Every time and ratio doubled against the baselines: every compared time and ratio row FAILs. */
    private final CheckOutcome doubled = new RegressionGate(Thresholds.DEFAULTS)
            .check(GateFixtures.run(), Optional.of(GateFixtures.scaled(0.5, 0.5, 1)));

    @Test
    void theTextLeadsWithTheVerdictsThenShowsEveryRow() {
        String text = CheckTable.text(doubled);

        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("Regression verdict: FAIL · Run verdict: MET —"
                + " decimal-native meets the 30% target end to end in every scenario (daily, hourly)");
        assertThat(text).contains("Regression check (warn 5%, fail 20%, alloc tolerance 10%; 10 gated rows,"
                + " 3 baseline sessions): 10 FAIL, 6 PASS.");
        assertThat(text).contains("Each interval is the row's share of the run's error budget (Bonferroni over the 10"
                + " gated rows): a run of unchanged code FAILs in at most 0.5% and WARNs in at most 5% of runs.");
        assertThat(text).containsPattern("scenario +mode +metric +baseline +current +change \\[CI\\] +verdict +note");
        assertThat(text).containsPattern("daily +float +time +4\\.950 ms/op +9\\.899 ms/op"
                + " +\\+100\\.0% \\[\\+\\d+\\.\\d%, \\+\\d+\\.\\d%\\] +FAIL");
        assertThat(text).containsPattern("daily +decimal +overhead-ratio +0\\.\\d{4} +1\\.\\d{4} +\\+100\\.0%");
        assertThat(text).containsPattern("daily +decimal +alloc +([\\d,]+) B/op +\\1 B/op +\\+0\\.0% \\(no CI\\) +PASS");
        assertThat(text).contains("Target verdicts (end to end against float, target 30%, 95% CI):")
                .containsPattern("overall \\(daily, hourly\\) +decimal-native +\\+\\d+\\.\\d%");
        assertThat(text).containsPattern("hourly +MET +decimal-native meets it: \\+\\d+\\.\\d%");
    }

    @Test
    void withoutBaselinesTheTableSaysHowToCreateThem() {
        CheckOutcome none = new RegressionGate(Thresholds.DEFAULTS).check(GateFixtures.run(), Optional.empty());
        String text = CheckTable.text(none);
        assertThat(text).startsWith("Regression verdict: no baselines · Run verdict: MET");
        assertThat(text).contains("No baselines", "with mvn decibench:baseline and commit")
                .doesNotContain("Regression check (");
    }

    @Test
    void theStepSummaryLeadsWithTheVerdictsAndHasTheSameRows() {
        String md = CheckTable.markdown(doubled);
        assertThat(md).startsWith("## Decibench check\n\n**Regression verdict: FAIL** · **Run verdict: MET — ");
        assertThat(md).contains("| scenario | mode | metric | baseline | current | change [CI] | verdict | note |",
                "|---|---|---|---|---|---|---|---|");
        assertThat(md.lines().filter(l -> l.startsWith("| `daily` ") || l.startsWith("| `hourly` ")))
                .hasSize(16 + 4 + 2);
    }

    @Test
    void checkResultsJsonIsVersionedAndReadsBackAsTheSameRows() throws Exception {
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

        // The report reads the very record the check wrote: one verdict type, one spelling.
        assertThat(CheckResultsJson.read(file)).isEqualTo(doubled.rows());
    }

    @Test
    void checkResultsOfAnotherVersionAreRefusedWithTheFix() throws Exception {
        Path file = dir.resolve(CheckResultsJson.FILE_NAME);
        Files.writeString(file, "[{\"scenario\": \"daily\", \"verdict\": \"NOT-COMPARED\"}]");
        assertThatThrownBy(() -> CheckResultsJson.read(file)).isInstanceOf(ResultsFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("reads version 1")
                .hasMessageContaining("mvn decibench:check");
    }

    @Test
    void junitXmlHasAFailurePerFailRowAndATestcasePerScenarioVerdict() throws Exception {
        Document doc = junit(doubled);
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("18");
        assertThat(suite.getAttribute("failures")).isEqualTo("10");
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(10);
        NodeList cases = doc.getElementsByTagName("testcase");
        Element first = (Element) cases.item(0);
        assertThat(first.getAttribute("classname")).startsWith("decibench.daily.");
        Element failure = (Element) first.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).startsWith("FAIL: regression daily float time: baseline");
        assertThat(first.getElementsByTagName("system-out").item(0).getTextContent()).endsWith(": FAIL");
        Element target = (Element) cases.item(16);
        assertThat(target.getAttribute("classname")).isEqualTo("decibench.target");
        assertThat(target.getAttribute("name")).isEqualTo("daily");
        assertThat(target.getElementsByTagName("failure").getLength()).isZero();
        assertThat(property(doc, "decibench.regressionVerdict")).isEqualTo("FAIL");
        assertThat(property(doc, "decibench.runVerdict")).startsWith("Run verdict: MET — decimal-native meets");
    }

    @Test
    void junitXmlShowsWarnInconclusiveAndNotComparedAsSkippedWithTheVerdictFirst() throws Exception {
        List<GateRow> rows = List.of(
                new GateRow("daily", "decimal", "time", 10.0, 10.7, 0.07, 0.02, 0.12, Verdict.WARN, "ms/op", null),
                new GateRow("daily", "float", "time", 10.0, 10.0, 0.0, -0.3, 0.3, Verdict.INCONCLUSIVE, "ms/op", null),
                new GateRow("hourly", "float", "time", 4.0, null, null, null, null, Verdict.NOT_COMPARED, "ms/op",
                        "other machine: not compared"),
                new GateRow("hourly", "decimal", "alloc", 10.0, 10.0, 0.0, null, null, Verdict.PASS, "B/op", null));
        CheckOutcome outcome = new CheckOutcome(rows, GateFixtures.run(), true, Thresholds.DEFAULTS, 2, 1, null, 0, 0);

        Document doc = junit(outcome);

        assertThat(doc.getDocumentElement().getAttribute("skipped")).isEqualTo("3");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        NodeList skipped = doc.getElementsByTagName("skipped");
        assertThat(((Element) skipped.item(0)).getAttribute("message")).startsWith("WARN: daily decimal time:")
                .contains("+7.0% [+2.0%, +12.0%]");
        assertThat(((Element) skipped.item(1)).getAttribute("message")).startsWith("INCONCLUSIVE: daily float time");
        assertThat(((Element) skipped.item(2)).getAttribute("message")).startsWith("NOT_COMPARED: hourly float time")
                .endsWith("(other machine: not compared)");
        assertThat(CheckTable.text(outcome)).contains("1 WARN, 1 INCONCLUSIVE, 1 NOT_COMPARED, 1 PASS");
    }

    @Test
    void junitXmlSkipsRowsFromAnotherMachine() throws Exception {
        Baselines other = GateFixtures.withFingerprint(GateFixtures.baselines(), GateFixtures::otherMachine);
        CheckOutcome outcome = new RegressionGate(Thresholds.DEFAULTS).check(GateFixtures.run(), Optional.of(other));

        Document doc = junit(outcome);
        assertThat(doc.getDocumentElement().getAttribute("skipped")).isEqualTo(
                Long.toString(outcome.count(Verdict.NOT_COMPARED) + outcome.count(Verdict.WARN)
                        + outcome.count(Verdict.INCONCLUSIVE)));
        Element skipped = (Element) doc.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).startsWith("NOT_COMPARED: ")
                .endsWith("(other machine: not compared)");
    }

    private Document junit(CheckOutcome outcome) throws Exception {
        Path file = dir.resolve(JUnitReport.FILE_NAME);
        JUnitReport.write(file, outcome);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static String property(Document doc, String name) {
        NodeList props = doc.getElementsByTagName("property");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (p.getAttribute("name").equals(name)) {
                return p.getAttribute("value");
            }
        }
        throw new AssertionError("no property " + name);
    }

    @Test
    void theTableSaysWhenARunWasSlowedOnPurposeOrContended() {
        var run = RunFixtures.withLoad(RunFixtures.slowed(GateFixtures.run(), "decimal", 0.25), "daily", "float",
                RunFixtures.CONTENDED);
        String text = CheckTable.text(new RegressionGate(Thresholds.DEFAULTS).check(run,
                Optional.of(GateFixtures.baselines())));

        assertThat(text).contains("Injected slowdown (decibench.slowdown): [decimal +25.0%] more CPU work per operation")
                .contains("5 fork(s) stayed contended after a re-run (other processes used the CPU): their rows are"
                        + " not judged and no row FAILs or WARNs.");
        assertThat(text).containsPattern("daily +decimal +overhead-ratio .* INCONCLUSIVE +contended: 5 fork");
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
