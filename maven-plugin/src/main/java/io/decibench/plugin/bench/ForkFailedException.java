package io.decibench.plugin.bench;

/** A child JVM (JMH fork or exactness probe) crashed, timed out or printed something unusable; no results are written. */
public class ForkFailedException extends RuntimeException {

    public ForkFailedException(String message) {
        super(message);
    }

    public ForkFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
