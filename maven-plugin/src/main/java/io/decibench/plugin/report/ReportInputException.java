package io.decibench.plugin.report;

/** An input file of the report that exists but cannot be used; the message names the file and the fix. */
public class ReportInputException extends RuntimeException {

    public ReportInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
