package io.decibench.plugin.gate;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TEST-decibench.xml against the Surefire test report schema 3.0 (kept unchanged under src/test/resources/xsd), so
 * a CI server that reads Surefire reports strictly accepts it: every verdict a row or a scenario can have.
 */
class JUnitReportSchemaTest {

    static Stream<CheckOutcome> outcomes() {
        RegressionGate gate = new RegressionGate(Thresholds.DEFAULTS);
        Baselines other = GateFixtures.withFingerprint(GateFixtures.baselines(), GateFixtures::otherMachine);
        List<GateRow> mixed = List.of(
                new GateRow("d<&>", "decimal", "time", 10.0, 10.7, 0.07, 0.02, 0.12, Verdict.WARN, "ms/op", null),
                new GateRow("daily", "float", "time", 10.0, 10.0, 0.0, -0.3, 0.3, Verdict.INCONCLUSIVE, "ms/op",
                        "fewer than two samples: no interval"),
                new GateRow("daily", "decimal", "overhead-ratio", 1.4, 2.0, 0.43, 0.3, 0.5, Verdict.FAIL, null, null));
        return Stream.of(
                gate.check(GateFixtures.run(), Optional.of(GateFixtures.scaled(0.5, 0.5, 1))),
                gate.check(GateFixtures.run(), Optional.of(GateFixtures.baselines())),
                gate.check(GateFixtures.run(), Optional.of(other)),
                gate.check(GateFixtures.run(), Optional.empty()),
                new CheckOutcome(mixed, GateFixtures.run(), true, Thresholds.DEFAULTS, 2, 1, null, 0, 0));
    }

    @ParameterizedTest
    @MethodSource("outcomes")
    void isValidAgainstTheSurefireReportSchema(CheckOutcome outcome) throws Exception {
        URL xsd = getClass().getResource("/xsd/surefire-test-report-3.0.xsd");
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JUnitReport.writeTo(out, outcome);

        assertThatCode(() -> schema.newValidator().validate(new StreamSource(
                new ByteArrayInputStream(out.toByteArray())))).doesNotThrowAnyException();
    }
}
