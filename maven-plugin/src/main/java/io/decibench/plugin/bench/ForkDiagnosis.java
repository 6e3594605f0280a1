package io.decibench.plugin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a child JVM's failure (a JMH fork, an exactness run) into one message with its own cause, the fix, the exit
 * code and the log's path. JMH reports a failure inside the measured JVM only in its output — an exception after
 * {@code <failure>}, or {@code <forked VM failed with exit code N>} — buried under its own stack traces; this reads
 * that output back. A failure nobody recognises keeps the original message, which shows the log's last lines.
 */
public final class ForkDiagnosis {

    /** Exceptions JMH and the JVM wrap a benchmark's failure in; they are never the cause. */
    private static final List<String> WRAPPERS = List.of("org.openjdk.jmh.", "java.lang.reflect.InvocationTargetException",
            "io.decibench.kernel.bundle.BundleDefect", "java.util.concurrent.ExecutionException");
    private static final String SCENARIO_EXCEPTION = "io.decibench.kernel.scenario.ScenarioException";
    private static final String BUNDLE_EXCEPTION = "io.decibench.kernel.bundle.BundleException";
    /** {@code pkg.SomeException: message}, possibly after "Caused by:", "Suppressed:" or a thread name. */
    private static final Pattern EXCEPTION = Pattern.compile(
            "^\\s*(?:Caused by: |Suppressed: |Exception in thread \"[^\"]*\" )?((?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)): (.*)$");
    private static final Pattern FORKED_VM_EXIT = Pattern.compile("<forked VM failed with exit code (-?\\d+)>");
    private static final Pattern HS_ERR = Pattern.compile("^#\\s+(\\S*hs_err_pid\\d+\\.log)\\s*$");
    /** What the Decibench CLI (the exactness probe) prints before exiting with a failure. */
    private static final Pattern CLI_ERROR = Pattern.compile("^decibench: (.+)$");
    private static final List<String> BAD_JVM_OPTIONS = List.of("Unrecognized VM option", "Error: Could not create the"
            + " Java Virtual Machine", "Error occurred during initialization of VM", "Invalid maximum heap size",
            "Improperly specified VM option");
    private static final int MAX_LINES = 200_000;

    private ForkDiagnosis() {
    }

    /**
     * {@code failure} explained from its log: its own cause, the fix, the exit code and the log's path; the original
     * (with the log's last lines), naming the log, when the log holds no recognisable cause.
     *
     * @param what the child as the build names it, e.g. {@code JMH fork 3/6 (hourly / float, round 1)}
     */
    public static ForkFailedException explain(String what, ForkFailedException failure, Path logFile) {
        Path log = failure.logFile() != null ? failure.logFile() : logFile;
        List<String> lines = read(log);
        Optional<String> cause = cause(lines);
        if (cause.isEmpty()) {
            if (log == null || failure.getMessage().contains(log.toString())) {
                return failure;
            }
            return new ForkFailedException(failure.getMessage() + " The fork's full log: " + log, failure.getCause(),
                    log, failure.exitCode());
        }
        StringBuilder message = new StringBuilder(what).append(" failed: ").append(cause.get());
        fix(cause.get(), lines).ifPresent(fix -> message.append("\n  Fix: ").append(fix));
        message.append("\n  ").append(exitCodes(failure.exitCode(), forkedVmExit(lines)));
        message.append("; full log: ").append(log);
        // Not chained to the original: Maven would print its message (the log's last lines) after this one.
        return new ForkFailedException(message.toString(), failure.getCause(), log, failure.exitCode());
    }

    /** The failure's own cause as the log states it, if the log states one. */
    static Optional<String> cause(List<String> lines) {
        List<String[]> exceptions = new ArrayList<>();
        String cliError = null;
        for (String line : lines) {
            Matcher m = EXCEPTION.matcher(line);
            if (m.matches() && WRAPPERS.stream().noneMatch(m.group(1)::startsWith)
                    && !m.group(2).startsWith("Forked VM failed with exit code")) {
                exceptions.add(new String[] {m.group(1), m.group(2).trim()});
            }
            Matcher cli = CLI_ERROR.matcher(line);
            if (cliError == null && cli.matches()) {
                cliError = cli.group(1).trim();
            }
        }
        // A Decibench exception already says what, where and the fix; anything else is shown with its type.
        for (String preferred : List.of(SCENARIO_EXCEPTION, BUNDLE_EXCEPTION)) {
            for (String[] e : exceptions) {
                if (e[0].equals(preferred)) {
                    return Optional.of(e[1]);
                }
            }
        }
        if (!exceptions.isEmpty()) {
            return Optional.of(exceptions.get(0)[0] + ": " + exceptions.get(0)[1]);
        }
        if (cliError != null) {
            return Optional.of(cliError);
        }
        for (String line : lines) {
            for (String marker : BAD_JVM_OPTIONS) {
                if (line.contains(marker)) {
                    return Optional.of("the JVM did not start: " + line.trim());
                }
            }
        }
        Integer vmExit = forkedVmExit(lines);
        if (vmExit != null) {
            return Optional.of("the measured JVM ended with exit code " + vmExit + signal(vmExit)
                    + " before its measurement finished" + hsErr(lines).map(f -> "; its crash report is " + f)
                    .orElse(""));
        }
        return Optional.empty();
    }

    /** The fix when the cause does not carry one itself. */
    static Optional<String> fix(String cause, List<String> lines) {
        if (cause.contains("Fix:") || cause.contains(" Fix ")) {
            return Optional.empty();
        }
        if (cause.contains("OutOfMemoryError")) {
            return Optional.of("give the measured JVMs more heap, e.g. -Ddecibench.jvmArgs=\"-Xms2g -Xmx2g\".");
        }
        if (cause.startsWith("the JVM did not start")) {
            return Optional.of("correct decibench.jvmArgs (the options of the measured JVMs).");
        }
        if (cause.startsWith("java.lang.ArithmeticException")) {
            return Optional.of("Decibench reports an error instead of a wrong number: check the bundle's prices and"
                    + " volumes (the site's Semantics page gives the ranges each mode holds).");
        }
        Integer vmExit = forkedVmExit(lines);
        if (vmExit != null && vmExit == 137) {
            return Optional.of("something killed the measured JVM: usually the kernel's out-of-memory killer (see"
                    + " `dmesg`) or a container's memory limit. Free memory or lower -Xmx in decibench.jvmArgs, then"
                    + " re-run.");
        }
        if (vmExit != null && (vmExit == 134 || vmExit == 139)) {
            return Optional.of("the JVM crashed. If it ran decimal-native, rebuild the native core (mvn -B install in"
                    + " the Decibench sources, with cargo on the PATH); otherwise keep the crash report and re-run.");
        }
        if (vmExit != null) {
            return Optional.of("read the log for why the JVM stopped, then re-run.");
        }
        return Optional.of("the stack trace in the log shows where it failed.");
    }

    private static String exitCodes(Integer exit, Integer vmExit) {
        String launcher = exit == null ? "no exit code (it did not end by itself)" : "exit code " + exit;
        return vmExit == null ? launcher : launcher + " (the measured JVM's: " + vmExit + signal(vmExit) + ")";
    }

    private static Integer forkedVmExit(List<String> lines) {
        for (String line : lines) {
            Matcher m = FORKED_VM_EXIT.matcher(line);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** A shell's reading of an exit code above 128: the signal that ended the process. */
    static String signal(int exit) {
        return switch (exit) {
            case 134 -> ", killed by signal 6, SIGABRT: a JVM crash";
            case 137 -> ", killed by signal 9, SIGKILL";
            case 139 -> ", killed by signal 11, SIGSEGV: a crash";
            case 143 -> ", ended by signal 15, SIGTERM";
            default -> exit > 128 && exit < 160 ? ", killed by signal " + (exit - 128) : "";
        };
    }

    private static Optional<String> hsErr(List<String> lines) {
        for (String line : lines) {
            Matcher m = HS_ERR.matcher(line);
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static List<String> read(Path log) {
        if (log == null || !Files.isRegularFile(log)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            // ISO-8859-1 reads any byte; the lines that matter are ASCII.
            return new String(String.join("\n", lines.limit(MAX_LINES).toList())
                    .getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
