package io.decibench.kernel.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Launches another main class in a JVM that the plugin starts, and ends that JVM (with every process it started)
 * as soon as the plugin's JVM is gone. The plugin never writes to the child's standard input, so end-of-file on it
 * means the parent died — even by {@code kill -9}, which runs no shutdown hook. Without this, a killed Maven would
 * leave the JMH launcher and its measured JVM running to the end of their measurement, next to the next run.
 *
 * <p>Usage: {@code java -cp ... io.decibench.kernel.bench.ExitWithParent <main class> <its arguments...>}
 */
public final class ExitWithParent {

    /** The exit code of a JVM ended because its parent went away (128 + SIGTERM, as a shell reports it). */
    public static final int PARENT_GONE = 143;

    private ExitWithParent() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            System.err.println("Usage: ExitWithParent <main class> [arguments...]");
            System.exit(2);
        }
        watch(System.in);
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Starts the daemon thread that ends this JVM and its descendants when {@code parentPipe} reaches its end. */
    static Thread watch(InputStream parentPipe) {
        Thread watcher = new Thread(() -> {
            try {
                while (parentPipe.read() >= 0) {
                    // Nothing is ever sent; a byte is simply ignored.
                }
            } catch (IOException closed) {
                // The same as end-of-file: the parent cannot reach us any more.
            }
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            Runtime.getRuntime().halt(PARENT_GONE);
        }, "decibench-exit-with-parent");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }
}
