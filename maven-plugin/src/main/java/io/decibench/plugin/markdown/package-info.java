/** overhead-report.md: the run's results as a Markdown report with derived recommendations. */
package io.decibench.plugin.markdown;
