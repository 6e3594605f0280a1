package io.decibench.plugin.gate;

/** {@code baseline} will not record these results (an injected slowdown, other settings); the message says the fix. */
public class BaselineRefusedException extends RuntimeException {

    public BaselineRefusedException(String message) {
        super(message);
    }
}
