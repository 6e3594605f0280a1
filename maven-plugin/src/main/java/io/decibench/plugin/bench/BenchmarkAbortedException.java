package io.decibench.plugin.bench;

/** A benchmark run cannot start (missing bundle, required mode unavailable); the message says how to fix it. */
public class BenchmarkAbortedException extends RuntimeException {

    public BenchmarkAbortedException(String message) {
        super(message);
    }
}
