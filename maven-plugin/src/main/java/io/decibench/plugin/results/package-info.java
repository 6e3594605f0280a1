/** The results model and its files: benchmark-results.json, history.jsonl, atomic writes, machine fingerprint. */
package io.decibench.plugin.results;
