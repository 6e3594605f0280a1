package io.decibench.plugin.view;

/**
 * How a cell reads at a glance: a verdict that is good, bad or a warning. The site colours it (the skin's label
 * classes); text outputs show the word alone, so nothing depends on colour.
 */
public enum Tone {
    NONE, GOOD, WARNING, BAD
}
