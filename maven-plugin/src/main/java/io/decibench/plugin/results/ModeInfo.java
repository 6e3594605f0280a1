package io.decibench.plugin.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * What a mode is, as recorded in benchmark-results.json: the engine it runs on, whether its arithmetic is exact,
 * and its same-engine reference (the binary-float mode of its engine, which a binary-float mode is of itself). See
 * the site's "Results format" page.
 *
 * @param engine    {@code java} or {@code native}
 * @param exact     whether the mode's arithmetic is exact (its results must agree bit for bit with the other exact
 *                  modes); only exact modes get overheads and target verdicts
 * @param reference the binary-float mode of the same engine: the same-engine overhead is measured against it
 */
public record ModeInfo(String mode, String engine, boolean exact, String reference) {

    public static final String JAVA = "java";
    public static final String NATIVE = "native";

    public ModeInfo {
        Objects.requireNonNull(mode, "mode");
        engine = engine == null ? JAVA : engine;
        reference = reference == null ? ModeMetadata.FLOAT : reference;
    }

    /** Whether this mode is its engine's binary-float reference. */
    @JsonIgnore
    public boolean isEngineReference() {
        return mode.equals(reference);
    }
}
