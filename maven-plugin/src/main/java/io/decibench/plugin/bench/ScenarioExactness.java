package io.decibench.plugin.bench;

import io.decibench.kernel.spi.Modes;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the modes of one scenario agree: the decimal modes must match bit for bit (equal final values and session
 * hashes); float's drift from the exact ledger is a result in its own right, within 1e-6 relative to pass.
 *
 * @param floatDriftFinal      |float - exact| on the final value, or null without float or a decimal mode
 * @param floatDriftMaxSession max over sessions of |float - exact|, or null when only final values are known
 */
public record ScenarioExactness(String scenario, Map<String, BigDecimal> finalValue,
                                Map<String, String> sessionValuesSha256, boolean decimalModesAgree,
                                BigDecimal floatDriftFinal, BigDecimal floatDriftMaxSession,
                                Boolean floatWithinTolerance) {

    /** Relative tolerance float must meet against the exact ledger (PRODUCT.md section 3). */
    public static final BigDecimal FLOAT_TOLERANCE = new BigDecimal("1e-6");

    /** Compares the probe runs of one scenario (one per mode that ran). */
    public static ScenarioExactness of(String scenario, List<ProbeRun> runs) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, List<BigDecimal>> sessions = new LinkedHashMap<>();
        for (ProbeRun r : runs) {
            if (r.scenario().equals(scenario)) {
                values.put(r.mode(), r.finalValue());
                hashes.put(r.mode(), r.sessionValuesSha256());
                sessions.put(r.mode(), r.sessionValues());
            }
        }
        List<String> decimalModes = values.keySet().stream().filter(m -> !Modes.FLOAT.equals(m)).toList();
        boolean agree = decimalModes.stream().allMatch(m ->
                values.get(m).compareTo(values.get(decimalModes.get(0))) == 0
                        && hashes.get(m).equals(hashes.get(decimalModes.get(0))));
        BigDecimal drift = null;
        BigDecimal maxSessionDrift = null;
        Boolean within = null;
        if (values.containsKey(Modes.FLOAT) && !decimalModes.isEmpty()) {
            BigDecimal exact = values.get(decimalModes.get(0));
            drift = values.get(Modes.FLOAT).subtract(exact).abs();
            within = exact.signum() == 0 ? drift.signum() == 0
                    : drift.divide(exact.abs(), MathContext.DECIMAL64).compareTo(FLOAT_TOLERANCE) <= 0;
            maxSessionDrift = maxDrift(sessions.get(Modes.FLOAT), sessions.get(decimalModes.get(0)));
        }
        return new ScenarioExactness(scenario, values, hashes, agree, drift, maxSessionDrift, within);
    }

    /** max |float - exact| over the session closes, or null when either run did not report them all. */
    private static BigDecimal maxDrift(List<BigDecimal> floats, List<BigDecimal> exact) {
        if (floats.isEmpty() || floats.size() != exact.size()) {
            return null;
        }
        BigDecimal max = BigDecimal.ZERO;
        for (int i = 0; i < floats.size(); i++) {
            max = max.max(floats.get(i).subtract(exact.get(i)).abs());
        }
        return max;
    }
}
