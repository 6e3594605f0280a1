/** overhead-report.md: the run's report document as Markdown, with its charts as SVG files beside it. */
package io.decibench.plugin.markdown;
