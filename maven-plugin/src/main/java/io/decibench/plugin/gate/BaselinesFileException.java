package io.decibench.plugin.gate;

import java.nio.file.Path;

/** A baselines file that cannot be read, is malformed or has another schema version; the message says the fix. */
public class BaselinesFileException extends RuntimeException {

    private final transient Path file;

    public BaselinesFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }
}
