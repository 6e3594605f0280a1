package io.decibench.plugin.gate;

import io.decibench.plugin.report.VerdictText;
import io.decibench.plugin.results.AtomicFiles;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.ScenarioVerdict;
import io.decibench.plugin.view.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the check as JUnit XML (TEST-decibench.xml, valid against the Surefire test report schema 3.0) so CI servers
 * list regressions as failed tests. One testcase per gate row: FAIL is a {@code <failure>}; WARN, INCONCLUSIVE and
 * NOT_COMPARED are {@code <skipped>} with a message that starts with the verdict, so they stay visible on every CI
 * server; PASS passes. One testcase per scenario's target verdict: MISSED is a {@code <failure>}, INCONCLUSIVE
 * skipped. Each testcase's {@code <system-out>} has its line of the check table; the suite's properties hold the
 * run's verdicts.
 */
public final class JUnitReport {

    /** The file name under the results directory. */
    public static final String FILE_NAME = "TEST-decibench.xml";

    private JUnitReport() {
    }

    public static void write(Path file, CheckOutcome outcome) throws IOException {
        AtomicFiles.write(file, out -> writeTo(out, outcome));
    }

    static void writeTo(OutputStream out, CheckOutcome outcome) throws IOException {
        List<Case> cases = cases(outcome);
        long failures = cases.stream().filter(c -> c.failure() != null).count();
        long skipped = cases.stream().filter(c -> c.skipped() != null).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "decibench");
            xml.writeAttribute("time", "0");
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Long.toString(skipped));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("properties");
            for (Map.Entry<String, String> p : properties(outcome).entrySet()) {
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("property");
                xml.writeAttribute("name", p.getKey());
                xml.writeAttribute("value", p.getValue());
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            for (Case c : cases) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("name", c.name());
                xml.writeAttribute("classname", c.className());
                xml.writeAttribute("time", "0");
                if (c.failure() != null) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", c.failure());
                    xml.writeAttribute("type", c.type());
                    xml.writeCharacters(c.failure());
                    xml.writeEndElement();
                } else if (c.skipped() != null) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", c.skipped());
                }
                xml.writeCharacters("\n    ");
                xml.writeStartElement("system-out");
                xml.writeCharacters(c.out());
                xml.writeEndElement();
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    /** One testcase: at most one of failure and skipped is set. */
    private record Case(String className, String name, String failure, String type, String skipped, String out) {
    }

    private static List<Case> cases(CheckOutcome outcome) {
        List<Case> cases = new ArrayList<>();
        for (GateRow r : outcome.rows()) {
            GateRowCells cells = GateRowCells.of(r);
            String line = cells.describe() + ": " + r.verdict().name();
            String className = "decibench." + r.scenario() + "." + r.mode();
            switch (r.verdict()) {
                case FAIL -> cases.add(new Case(className, r.metric(), "FAIL: regression " + cells.describe(),
                        "regression", null, line));
                case WARN, INCONCLUSIVE, NOT_COMPARED -> cases.add(new Case(className, r.metric(), null, null,
                        r.verdict().name() + ": " + cells.describe(), line));
                case PASS -> cases.add(new Case(className, r.metric(), null, null, null, line));
            }
        }
        BenchmarkResults results = outcome.results();
        for (ScenarioVerdict v : results.scenarioVerdicts()) {
            String why = plain(VerdictText.scenarioReason(results, v));
            String line = v.scenario() + ": target " + VerdictText.target(results) + " " + v.verdict().name() + ", "
                    + why;
            switch (v.verdict()) {
                case MISSED -> cases.add(new Case("decibench.target", v.scenario(), "MISSED: " + line, "target", null,
                        line));
                case INCONCLUSIVE -> cases.add(new Case("decibench.target", v.scenario(), null, null,
                        "INCONCLUSIVE: " + line, line));
                case MET -> cases.add(new Case("decibench.target", v.scenario(), null, null, null, line));
            }
        }
        return cases;
    }

    private static Map<String, String> properties(CheckOutcome outcome) {
        BenchmarkResults r = outcome.results();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("decibench.regressionVerdict", CheckTable.regressionVerdict(outcome));
        p.put("decibench.runVerdict", plain(VerdictText.runLine(r)));
        p.put("decibench.target", VerdictText.target(r));
        if (r.gitCommit() != null) {
            p.put("decibench.gitCommit", r.gitCommit());
        }
        if (r.fingerprint() != null) {
            p.put("decibench.fingerprint", r.fingerprint().id());
        }
        return p;
    }

    /** A message without markup: CI servers show it as it is. */
    private static String plain(Text text) {
        return text.plain();
    }
}
