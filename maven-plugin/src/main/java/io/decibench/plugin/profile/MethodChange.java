package io.decibench.plugin.profile;

/**
 * One method's self share before and after, in percent of each profile's samples; change in percentage points. A
 * method missing from a profile's top list counts as 0 there.
 */
public record MethodChange(String method, String module, double beforePercent, double afterPercent, double change) {
}
