package io.decibench.plugin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one child JVM with its stdout and stderr captured to a log file and a hard timeout; a crash or timeout becomes
 * a {@link ForkFailedException} carrying the exit code (or the timeout) and the last lines of the output. A child
 * never outlives the build: a Maven ended by Ctrl-C or {@code kill} takes the child's whole process tree with it
 * (a shutdown hook here; for {@code kill -9}, the child's own {@code ExitWithParent} watch).
 */
public final class ForkProcess {

    /** How many trailing output lines a failure message shows. */
    static final int TAIL_LINES = 20;

    private final Duration timeout;
    private final Consumer<String> debug;

    public ForkProcess(Duration timeout) {
        this(timeout, line -> { });
    }

    /** @param debug receives each child's command line before it starts (Maven's {@code -X} output) */
    public ForkProcess(Duration timeout, Consumer<String> debug) {
        this.timeout = timeout;
        this.debug = debug;
    }

    /**
     * Starts {@code command}, waits for it and returns its output when it exits with 0.
     *
     * @param what a human name for the process in failure messages, e.g. {@code fork 7/45 (daily / decimal)}
     * @throws ForkFailedException on a non-zero exit, a timeout, or when it cannot be started
     */
    public String run(String what, List<String> command, Path logFile) {
        debug.accept("[decibench] " + what + ": " + String.join(" ", command) + " > " + logFile);
        Process process;
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            // stdin stays an open pipe we never write to: its end-of-file tells the child that Maven is gone.
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
        } catch (IOException e) {
            throw new ForkFailedException("Could not run " + what + " (" + command.get(0) + "): " + e.getMessage(), e,
                    logFile, null);
        }
        Thread reaper = new Thread(() -> killTree(process), "decibench-kill-" + process.pid());
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            return await(what, process, logFile);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or about to: it kills the tree.
            }
        }
    }

    private String await(String what, Process process, Path logFile) {
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new ForkFailedException(what + " was interrupted; its output is in " + logFile, e, logFile, null);
        }
        if (!finished) {
            killTree(process);
            throw new ForkFailedException(what + " timed out after " + timeout.toSeconds()
                    + " s and was killed. Raise decibench.forkTimeout (seconds) if it is just slow."
                    + lastLines(logFile), null, logFile, null);
        }
        int exit = process.exitValue();
        if (exit != 0) {
            throw new ForkFailedException(what + " failed with exit code " + exit + "." + lastLines(logFile), null,
                    logFile, exit);
        }
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ForkFailedException("Could not read the output of " + what + " from " + logFile + ": "
                    + e.getMessage(), e, logFile, exit);
        }
    }

    /** JMH's host JVM starts its own fork JVM: destroying only the host would leave the fork running. */
    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String lastLines(Path logFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return " Its output could not be read from " + logFile + ": " + e.getMessage();
        }
        List<String> tail = new ArrayList<>(lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        return " Last " + tail.size() + " lines of its output (full log: " + logFile + "):\n  "
                + String.join("\n  ", tail);
    }
}
