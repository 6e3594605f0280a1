package io.decibench.plugin.profile;

import io.decibench.kernel.bench.ProfileLoop;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a Java Flight Recorder file into {@link RecordedSamples}: {@code jdk.ExecutionSample} and
 * {@code jdk.NativeMethodSample} stacks (record both at the same period so that time in Java and time in native code
 * weigh the same), and {@code jdk.ObjectAllocationSample} classes and weights, from the threads a filter accepts.
 * When the recording holds {@link ProfileLoop}'s window events, only samples inside a window count: start-up and
 * warm-up stay out.
 */
public final class JfrSampleReader {
    static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    /** Threads inside native code (the JNA core) are sampled by this event, not by the Java one. */
    static final String NATIVE_SAMPLE = "jdk.NativeMethodSample";
    static final String ALLOCATION_SAMPLE = "jdk.ObjectAllocationSample";

    /**
     * Hidden classes (lambdas, method-handle forms) carry a per-run address (and lambdas a counter); without them the
     * same lambda compares across runs.
     */
    private static final Pattern HIDDEN_CLASS_ADDRESS = Pattern.compile("[/+]0x[0-9a-fA-F]+(\\.\\d+)?");
    private static final Pattern LAMBDA_COUNTER = Pattern.compile("(\\$\\$Lambda)\\$\\d+");
    private static final Map<Character, String> PRIMITIVE_ARRAYS = Map.of('B', "byte", 'C', "char", 'D', "double",
            'F', "float", 'I', "int", 'J', "long", 'S', "short", 'Z', "boolean");

    private final Predicate<String> threadFilter;

    /** @param threadFilter accepts the names of the threads whose samples count */
    public JfrSampleReader(Predicate<String> threadFilter) {
        this.threadFilter = threadFilter;
    }

    /** A reader that keeps the samples of every thread. */
    public static JfrSampleReader allThreads() {
        return new JfrSampleReader(name -> true);
    }

    private record Timed<T>(Instant at, T sample) {
    }

    private record Window(Instant start, Instant end) {
        boolean contains(Instant t) {
            return !t.isBefore(start) && !t.isAfter(end);
        }
    }

    /**
     * @throws IOException when the file is missing, truncated or not a recording (the message names the file)
     */
    public RecordedSamples read(Path recording) throws IOException {
        if (!Files.isRegularFile(recording)) {
            throw new IOException("No flight recording at " + recording);
        }
        List<Timed<StackSample>> stacks = new ArrayList<>();
        List<Timed<AllocationSample>> allocations = new ArrayList<>();
        List<Window> windows = new ArrayList<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if (EXECUTION_SAMPLE.equals(type) || NATIVE_SAMPLE.equals(type)) {
                    if (accepts(event, "sampledThread")) {
                        StackSample s = stackOf(event.getStackTrace());
                        if (s != null) {
                            stacks.add(new Timed<>(event.getStartTime(), s));
                        }
                    }
                } else if (ALLOCATION_SAMPLE.equals(type)) {
                    RecordedClass c = event.getClass("objectClass");
                    if (c != null && accepts(event, "eventThread")) {
                        allocations.add(new Timed<>(event.getStartTime(),
                                new AllocationSample(normalise(c.getName()), event.getLong("weight"))));
                    }
                } else if (ProfileLoop.WINDOW_EVENT.equals(type)) {
                    windows.add(new Window(event.getStartTime(), event.getEndTime()));
                }
            }
        } catch (IOException e) {
            throw new IOException("Could not read the flight recording " + recording + ": " + e.getMessage(), e);
        }
        return new RecordedSamples(inWindows(stacks, windows), inWindows(allocations, windows));
    }

    private static <T> List<T> inWindows(List<Timed<T>> samples, List<Window> windows) {
        return samples.stream()
                .filter(s -> windows.isEmpty() || windows.stream().anyMatch(w -> w.contains(s.at())))
                .map(Timed::sample).toList();
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

    /**
     * A class name as a Java developer writes it: arrays as {@code long[]} rather than the descriptor {@code [J}, and
     * hidden (lambda) classes without their run-specific counter and address.
     */
    static String normalise(String className) {
        int dims = 0;
        while (dims < className.length() && className.charAt(dims) == '[') {
            dims++;
        }
        String element = className.substring(dims);
        if (dims > 0) {
            if (element.length() == 1 && PRIMITIVE_ARRAYS.containsKey(element.charAt(0))) {
                element = PRIMITIVE_ARRAYS.get(element.charAt(0));
            } else if (element.startsWith("L") && element.endsWith(";")) {
                element = element.substring(1, element.length() - 1);
            }
        }
        String plain = HIDDEN_CLASS_ADDRESS.matcher(element).replaceAll("");
        return LAMBDA_COUNTER.matcher(plain).replaceAll("$1") + "[]".repeat(dims);
    }
}
