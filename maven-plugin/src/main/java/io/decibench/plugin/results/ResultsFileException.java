package io.decibench.plugin.results;

import java.nio.file.Path;

/** A results or history file that is missing, malformed or of another schema version; the message says the fix. */
public class ResultsFileException extends RuntimeException {

    private final transient Path file;

    public ResultsFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }
}
