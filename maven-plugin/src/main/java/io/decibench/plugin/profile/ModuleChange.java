package io.decibench.plugin.profile;

/**
 * One module's share before and after, in percent of each profile's samples; changes are in percentage points.
 */
public record ModuleChange(String module, double beforeSelfPercent, double afterSelfPercent, double selfChange,
                           double beforeTotalPercent, double afterTotalPercent, double totalChange) {
}
