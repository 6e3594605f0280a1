/** The Decibench Maven plugin: thin mojos over plain classes (bench, stats, results, gate, report, profile). */
package io.decibench.plugin;
