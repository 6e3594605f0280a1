package io.decibench.plugin.gate;

import io.decibench.plugin.results.AtomicFiles;
import io.decibench.plugin.results.RunVerdict;
import io.decibench.plugin.stats.TargetVerdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the check as JUnit XML (TEST-decibench.xml) so CI servers list regressions as failed tests: one testcase
 * per gate row ({@code <failure>} for FAIL, {@code <skipped>} for rows not compared) and one for the run's target
 * verdict ({@code <failure>} when MISSED); the suite's system-out holds the plain-text tables.
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
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Long.toString(skipped));
            xml.writeAttribute("timestamp", outcome.results().timestamp() == null ? ""
                    : outcome.results().timestamp().toString());
            xml.writeCharacters("\n");
            for (Case c : cases) {
                xml.writeCharacters("  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", c.className());
                xml.writeAttribute("name", c.name());
                xml.writeAttribute("time", "0");
                if (c.failure() != null) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", c.failure());
                    xml.writeAttribute("type", c.failureType());
                    xml.writeCharacters(c.failure());
                    xml.writeEndElement();
                } else if (c.skipped() != null) {
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", c.skipped());
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeCharacters("  ");
            xml.writeStartElement("system-out");
            xml.writeCData(CheckTable.text(outcome));
            xml.writeEndElement();
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

    private record Case(String className, String name, String failure, String failureType, String skipped) {
    }

    private static List<Case> cases(CheckOutcome outcome) {
        List<Case> cases = new ArrayList<>();
        List<List<String>> cells = CheckTable.regressionCells(outcome.rows());
        for (int i = 0; i < outcome.rows().size(); i++) {
            GateRow r = outcome.rows().get(i);
            String describe = r.scenario() + " " + r.mode() + " " + r.metric() + ": baseline " + cells.get(i).get(3)
                    + ", current " + cells.get(i).get(4) + ", change " + cells.get(i).get(5);
            String className = "decibench." + r.scenario() + "." + r.mode();
            switch (r.verdict()) {
                case FAIL -> cases.add(new Case(className, r.metric(), "regression " + describe, "regression",
                        null));
                case NOT_COMPARED -> cases.add(new Case(className, r.metric(), null, null, r.note()));
                default -> cases.add(new Case(className, r.metric(), null, null, null));
            }
        }
        RunVerdict run = outcome.results().verdict();
        if (run != null) {
            String failure = run.verdict() == TargetVerdict.MISSED ? CheckTable.runVerdictLine(outcome.results())
                    : null;
            cases.add(new Case("decibench.target", "run verdict " + run.mode(), failure,
                    failure == null ? null : "target", null));
        }
        return cases;
    }
}
