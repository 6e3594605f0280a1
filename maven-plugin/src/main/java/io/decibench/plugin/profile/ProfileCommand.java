package io.decibench.plugin.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of one profiling JVM: the benchmark forks' classpath running {@code ProfileLoop}, with a flight
 * recording that starts after the warm-up, lasts the requested duration and is written to {@code recording}.
 */
public final class ProfileCommand {
    public static final String PROFILE_LOOP = "io.decibench.kernel.bench.ProfileLoop";
    /** The loop outlives the recording by this much, so the recording always ends while the backtest still runs. */
    static final int TAIL_SECONDS = 2;

    private ProfileCommand() {
    }

    public static List<String> of(ProfileRequest r, String scenario, String mode, Path recording) {
        List<String> cmd = new ArrayList<>();
        cmd.add(r.javaExecutable().toString());
        cmd.addAll(r.jvmArgs());
        // Native samples at the Java samples' period: time inside the JNA core weighs the same as time in Java.
        cmd.add("-XX:StartFlightRecording=settings=profile,jdk.NativeMethodSample#period=10ms"
                + ",delay=" + r.warmupSeconds() + "s,duration=" + r.durationSeconds() + "s"
                + ",name=decibench-profile,filename=" + recording.toAbsolutePath());
        // Deep enough for the kernel's stacks under the loop: a cut stack would lose its bottom (total) frames.
        cmd.add("-XX:FlightRecorderOptions=stackdepth=128");
        cmd.addAll(List.of("-cp", r.classpath().asArgument(), PROFILE_LOOP,
                "--dir", r.bundleDir().toString(),
                "--scenario", scenario,
                "--mode", mode,
                "--seconds", Integer.toString(r.warmupSeconds() + r.durationSeconds() + TAIL_SECONDS)));
        return cmd;
    }
}
