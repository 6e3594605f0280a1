package io.decibench.kernel.bundle;

import java.nio.file.Path;

/**
 * A bundle is missing, corrupt or invalid. The message says what happened, which file, and the command that fixes it.
 */
public class BundleException extends RuntimeException {
    private final transient Path file;

    public BundleException(String message, Path file) {
        super(message);
        this.file = file;
    }

    public BundleException(String message, Path file, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file or folder the problem is about, or null. */
    public Path file() {
        return file;
    }
}
