/** The calibrate goal: measures the regression gate on this machine and recommends settings. */
package io.decibench.plugin.calibrate;
