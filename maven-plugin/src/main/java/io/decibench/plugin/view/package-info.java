/**
 * How results are shown: one formatter for every figure ({@link io.decibench.plugin.view.Format}), a small document
 * model (sections, paragraphs with code spans, tables, lists, figures) and its renderers to Markdown, plain text and
 * the Doxia Sink. Every output of Decibench is a document built from the results model and rendered here, so a
 * figure reads the same in the console, overhead-report.md, the site page, the check table, the JUnit XML and the
 * GitHub step summary.
 */
package io.decibench.plugin.view;
