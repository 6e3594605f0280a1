package io.decibench.kernel.scenario;

import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.Scenario;

/**
 * A user's column-API scenario under the name and bundle the configuration gives it; the rule is read once, when
 * the scenario is resolved, so the kernels never call user code while preparing or measuring.
 */
record ConfiguredScenario(String name, String bundle, TargetRule rule) implements Scenario {
}
