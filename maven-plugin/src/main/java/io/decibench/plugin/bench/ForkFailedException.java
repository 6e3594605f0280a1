package io.decibench.plugin.bench;

import java.nio.file.Path;

/** A child JVM (JMH fork or exactness probe) crashed, timed out or printed something unusable; no results are written. */
public class ForkFailedException extends RuntimeException {

    private final transient Path logFile;
    private final Integer exitCode;

    public ForkFailedException(String message) {
        this(message, null, null, null);
    }

    public ForkFailedException(String message, Throwable cause) {
        this(message, cause, null, null);
    }

    /**
     * @param logFile  the child's captured output, or null
     * @param exitCode the child's exit code, or null when it did not exit by itself (timeout, not started)
     */
    public ForkFailedException(String message, Throwable cause, Path logFile, Integer exitCode) {
        super(message, cause);
        this.logFile = logFile;
        this.exitCode = exitCode;
    }

    /** The child's log, or null. */
    public Path logFile() {
        return logFile;
    }

    /** The child's exit code, or null when it did not exit by itself. */
    public Integer exitCode() {
        return exitCode;
    }
}
