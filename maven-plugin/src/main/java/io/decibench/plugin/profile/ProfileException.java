package io.decibench.plugin.profile;

/** A profile could not be made, found or read; the message says what, where, and the command that fixes it. */
public class ProfileException extends RuntimeException {

    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
