package io.decibench.plugin.profile;

import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a Java Flight Recorder file into {@link RecordedSamples}: {@code jdk.ExecutionSample} and
 * {@code jdk.NativeMethodSample} stacks (record both at the same period so that time in Java and time in native code
 * weigh the same), and {@code jdk.ObjectAllocationSample} classes and weights, optionally only from the threads a
 * filter accepts.
 */
public final class JfrSampleReader {
    static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    /** Threads inside native code (the JNA core) are sampled by this event, not by the Java one. */
    static final String NATIVE_SAMPLE = "jdk.NativeMethodSample";
    static final String ALLOCATION_SAMPLE = "jdk.ObjectAllocationSample";

    /** Hidden classes (lambdas) carry a per-run address and counter; without them the same lambda compares across runs. */
    private static final Pattern HIDDEN_CLASS_SUFFIX = Pattern.compile("(\\$\\$Lambda)(\\$\\d+)?/0x[0-9a-fA-F]+");

    private final Predicate<String> threadFilter;

    /** @param threadFilter accepts the names of the threads whose samples count */
    public JfrSampleReader(Predicate<String> threadFilter) {
        this.threadFilter = threadFilter;
    }

    /** A reader that keeps the samples of every thread. */
    public static JfrSampleReader allThreads() {
        return new JfrSampleReader(name -> true);
    }

    /**
     * @throws IOException when the file is missing, truncated or not a recording (the message names the file)
     */
    public RecordedSamples read(Path recording) throws IOException {
        if (!Files.isRegularFile(recording)) {
            throw new IOException("No flight recording at " + recording);
        }
        List<StackSample> stacks = new ArrayList<>();
        List<AllocationSample> allocations = new ArrayList<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if (EXECUTION_SAMPLE.equals(type) || NATIVE_SAMPLE.equals(type)) {
                    if (accepts(event, "sampledThread")) {
                        StackSample s = stackOf(event.getStackTrace());
                        if (s != null) {
                            stacks.add(s);
                        }
                    }
                } else if (ALLOCATION_SAMPLE.equals(type) && accepts(event, "eventThread")) {
                    RecordedClass c = event.getClass("objectClass");
                    if (c != null) {
                        allocations.add(new AllocationSample(normalise(c.getName()), event.getLong("weight")));
                    }
                }
            }
        } catch (IOException e) {
            throw new IOException("Could not read the flight recording " + recording + ": " + e.getMessage(), e);
        }
        return new RecordedSamples(stacks, allocations);
    }

    private boolean accepts(RecordedEvent event, String threadField) {
        if (!event.hasField(threadField)) {
            return true;
        }
        RecordedThread t = event.getThread(threadField);
        String name = t == null ? null : t.getJavaName();
        return name != null && threadFilter.test(name);
    }

    private static StackSample stackOf(RecordedStackTrace trace) {
        if (trace == null) {
            return null;
        }
        List<String> frames = new ArrayList<>(trace.getFrames().size());
        for (RecordedFrame f : trace.getFrames()) {
            RecordedMethod m = f.getMethod();
            if (m != null && m.getType() != null) {
                frames.add(normalise(m.getType().getName()) + "." + m.getName());
            }
        }
        return frames.isEmpty() ? null : new StackSample(frames, trace.isTruncated());
    }

    /** A class name without the run-specific parts of hidden (lambda) classes. */
    static String normalise(String className) {
        return HIDDEN_CLASS_SUFFIX.matcher(className).replaceAll("$1");
    }
}
