package io.decibench.plugin.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one plain (unmeasured) run per mode of a scenario computed: whether the decimal modes agree and how far
 * float drifted from the exact ledger. Money values are decimal strings, so no digit is lost to JSON doubles.
 *
 * @param finalValue           final portfolio value per mode
 * @param sessionValuesSha256  SHA-256 of the session values per mode
 * @param floatDriftFinal      |float - exact| of the final value in currency units, null without float
 * @param floatDriftMaxSession largest |float - exact| over session values, null without float
 */
public record Exactness(String scenario, Map<String, String> finalValue, Map<String, String> sessionValuesSha256,
                        boolean decimalModesAgree, String floatDriftFinal, String floatDriftMaxSession,
                        Boolean floatWithinTolerance) {

    public Exactness {
        finalValue = Collections.unmodifiableMap(new LinkedHashMap<>(finalValue == null ? Map.of() : finalValue));
        sessionValuesSha256 = Collections.unmodifiableMap(
                new LinkedHashMap<>(sessionValuesSha256 == null ? Map.of() : sessionValuesSha256));
    }
}
