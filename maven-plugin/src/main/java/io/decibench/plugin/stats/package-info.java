/** Statistics over fork means: summaries with t intervals, paired overhead estimates, overall overhead, verdicts. */
package io.decibench.plugin.stats;
