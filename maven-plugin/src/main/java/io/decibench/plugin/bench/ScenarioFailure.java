package io.decibench.plugin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lifts a user scenario's failure out of a fork's log: JMH buries the kernel's {@code ScenarioException} (which names
 * the scenario, its class, the mode and the fix) in a long stack trace, often above the lines a failure message shows.
 */
final class ScenarioFailure {
    static final String MARKER = "io.decibench.kernel.scenario.ScenarioException: ";

    private ScenarioFailure() {
    }

    /** The first ScenarioException message in the log, if any. */
    static Optional<String> find(Path logFile) {
        if (!Files.isRegularFile(logFile)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(MARKER))
                    .map(l -> l.substring(l.indexOf(MARKER) + MARKER.length()).trim())
                    .findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** {@code failure} with the scenario's own message in front, when the log holds one. */
    static ForkFailedException explain(ForkFailedException failure, Path logFile) {
        return find(logFile)
                .map(cause -> new ForkFailedException(cause + "\n" + failure.getMessage(), failure))
                .orElse(failure);
    }
}
