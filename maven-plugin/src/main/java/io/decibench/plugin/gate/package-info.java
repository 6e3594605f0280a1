/** The regression gate: baselines, change estimates with confidence intervals, verdicts and their reports. */
package io.decibench.plugin.gate;
