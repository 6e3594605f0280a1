package io.decibench.plugin.profile;

import java.util.List;

/**
 * One execution sample: the thread's stack when the sampler caught it, top (executing) frame first. Frames are
 * qualified method names {@code class.method}: line numbers and bytecode indexes are dropped on purpose, so one method
 * is one key however many lines of it were hot.
 *
 * @param truncated whether the recorder cut the stack at its depth limit (the bottom frames are missing)
 */
public record StackSample(List<String> frames, boolean truncated) {

    public StackSample {
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an execution sample needs at least one frame");
        }
    }

    public static StackSample of(String... frames) {
        return new StackSample(List.of(frames), false);
    }

    /** The method that was executing. */
    public String top() {
        return frames.get(0);
    }
}
