package io.decibench.plugin.bench;

import io.decibench.plugin.results.ForkSample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs a fork schedule: one JMH host JVM per scheduled fork ({@code -f 1}), each writing its JSON and its log under
 * {@code forksDir}, parsed into {@link ForkSample}s. The first failing fork stops the schedule with a
 * {@link ForkFailedException}.
 */
public final class JmhForkRunner {

    private final ForkCommand command;
    private final Measurement measurement;
    private final ForkProcess process;
    private final Path forksDir;
    private final Consumer<String> log;
    private final JmhJsonParser parser = new JmhJsonParser();

    public JmhForkRunner(ForkCommand command, Measurement measurement, ForkProcess process, Path forksDir,
                         Consumer<String> log) {
        this.command = command;
        this.measurement = measurement;
        this.process = process;
        this.forksDir = forksDir;
        this.log = log;
    }

    public List<ForkSample> runAll(List<ScheduledFork> schedule) {
        clearOldForkFiles();
        long start = System.nanoTime();
        List<ForkSample> samples = new ArrayList<>(schedule.size());
        for (ScheduledFork fork : schedule) {
            ForkSample sample = runOne(fork);
            samples.add(sample);
            log.accept(ForkProgress.line(fork, sample.mean(), sample.unit(),
                    Duration.ofNanos(System.nanoTime() - start)));
        }
        return samples;
    }

    ForkSample runOne(ScheduledFork fork) {
        Path json = forksDir.resolve(fork.label() + ".json");
        Path logFile = forksDir.resolve(fork.label() + ".log");
        String what = "JMH fork " + fork.index() + "/" + fork.total() + " (" + fork.scenario() + " / " + fork.mode()
                + ", round " + fork.round() + ")";
        process.run(what, command.jmhFork(fork, measurement, json), logFile);
        return parser.parse(json, fork);
    }

    /** Logs and JSON of an earlier run would otherwise mix with this run's and mislead whoever reads them. */
    private void clearOldForkFiles() {
        if (!Files.isDirectory(forksDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(forksDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d{3,}-.*\\.(json|log)")).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear old fork files in " + forksDir, e);
        }
    }
}
