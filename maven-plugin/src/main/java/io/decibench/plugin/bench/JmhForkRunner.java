package io.decibench.plugin.bench;

import io.decibench.kernel.bench.MeasuredJvm;
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
 * {@link ForkFailedException}. While another JMH run on the machine holds JMH's lock, a fork waits for it (up to
 * {@code lockWait}) rather than measure next to it. Each fork's run is watched by a {@link ContentionGuard}: a fork
 * during which other processes used the CPU is re-run once (its first log kept as {@code <label>.contended.log}).
 */
public final class JmhForkRunner {

    private static final Duration RETRY_EVERY = Duration.ofSeconds(5);

    private final ForkCommand command;
    private final Measurement measurement;
    private final ForkProcess process;
    private final Path forksDir;
    private final Consumer<String> log;
    private final Duration lockWait;
    private final ContentionGuard guard;
    private final JmhJsonParser parser = new JmhJsonParser();

    public JmhForkRunner(ForkCommand command, Measurement measurement, ForkProcess process, Path forksDir,
                         Consumer<String> log, Duration lockWait) {
        this(command, measurement, process, forksDir, log, lockWait, ContentionGuard.off());
    }

    public JmhForkRunner(ForkCommand command, Measurement measurement, ForkProcess process, Path forksDir,
                         Consumer<String> log, Duration lockWait, ContentionGuard guard) {
        this.command = command;
        this.measurement = measurement;
        this.process = process;
        this.forksDir = forksDir;
        this.log = log;
        this.lockWait = lockWait;
        this.guard = guard;
    }

    public List<ForkSample> runAll(List<ScheduledFork> schedule) {
        clearOldForkFiles();
        long start = System.nanoTime();
        List<ForkSample> samples = new ArrayList<>(schedule.size());
        for (ScheduledFork fork : schedule) {
            ForkSample sample = runGuarded(fork);
            samples.add(sample);
            log.accept(ForkProgress.line(fork, sample.mean(), sample.unit(),
                    Duration.ofNanos(System.nanoTime() - start)));
        }
        return samples;
    }

    /** Runs a fork; when it was contended, waits for a calm machine and runs it once more, keeping the second. */
    ForkSample runGuarded(ScheduledFork fork) {
        ForkSample first = runOne(fork);
        if (!first.load().contended()) {
            return first;
        }
        log.accept("[decibench] fork " + fork.index() + " (" + fork.scenario() + " / " + fork.mode() + ") was contended ("
                + first.load().describe() + ", limit " + guard.limit() + " cores): re-running it once");
        keepContendedLog(fork);
        guard.awaitCalm(log);
        ForkSample second = runOne(fork);
        return second.withLoad(second.load().rerun());
    }

    private void keepContendedLog(ScheduledFork fork) {
        try {
            Path logFile = forksDir.resolve(fork.label() + ".log");
            if (Files.exists(logFile)) {
                Files.move(logFile, forksDir.resolve(fork.label() + ".contended.log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.accept("[decibench] could not keep the contended fork's log: " + e.getMessage());
        }
    }

    ForkSample runOne(ScheduledFork fork) {
        Path json = forksDir.resolve(fork.label() + ".json");
        Path logFile = forksDir.resolve(fork.label() + ".log");
        String what = "JMH fork " + fork.index() + "/" + fork.total() + " (" + fork.scenario() + " / " + fork.mode()
                + ", round " + fork.round() + ")";
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            try {
                ContentionGuard.Sampled<String> ran = guard.around(
                        () -> process.run(what, command.jmhFork(fork, measurement, json), logFile));
                return parser.parse(json, fork).withCompiler(compilerLine(logFile)).withLoad(ran.load());
            } catch (ForkFailedException e) {
                if (!holdsJmhLock(logFile) || System.nanoTime() > deadline) {
                    throw ForkDiagnosis.explain(what, e, logFile);
                }
                log.accept("[decibench] another JMH run on this machine holds its lock; fork " + fork.index()
                        + " waits for it to finish (timings taken side by side would be meaningless)");
                pause(RETRY_EVERY.compareTo(lockWait) < 0 ? RETRY_EVERY : lockWait);
            }
        }
    }

    /** What the fork's JVM printed about its JIT ({@link MeasuredJvm#line()}), null when it printed nothing. */
    static String compilerLine(Path logFile) {
        try (Stream<String> lines = Files.lines(logFile)) {
            // JMH prints its "# Warmup Iteration 1:" label before the setup runs, so the line may follow it.
            return lines.filter(l -> l.contains(MeasuredJvm.LINE_PREFIX))
                    .map(l -> l.substring(l.indexOf(MeasuredJvm.LINE_PREFIX) + MeasuredJvm.LINE_PREFIX.length()).trim())
                    .findFirst().orElse(null);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** JMH refuses to start while another JMH process holds {@code jmh.lock} in the temp folder. */
    static boolean holdsJmhLock(Path logFile) {
        try {
            return Files.exists(logFile) && Files.readString(logFile).contains("Unable to acquire the JMH lock");
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForkFailedException("Interrupted while waiting for another JMH run to finish", e);
        }
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
