package io.decibench.plugin.profile;

import io.decibench.kernel.bench.ProfileLoop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of one profiling JVM: the benchmark forks' classpath running {@code ProfileLoop} (warm-up, then
 * the measured window), with a flight recording of the whole JVM written to {@code recording} when it exits; the
 * reader keeps the window's samples.
 */
public final class ProfileCommand {
    public static final String PROFILE_LOOP = ProfileLoop.class.getName();

    private ProfileCommand() {
    }

    public static List<String> of(ProfileRequest r, String scenario, String mode, Path recording) {
        List<String> cmd = new ArrayList<>();
        cmd.add(r.javaExecutable().toString());
        cmd.addAll(r.jvmArgs());
        // Native samples at the Java samples' period: time inside the JNA core weighs the same as time in Java.
        cmd.add("-XX:StartFlightRecording=settings=profile,jdk.NativeMethodSample#period=10ms"
                + ",dumponexit=true,name=decibench-profile,filename=" + recording.toAbsolutePath());
        // Deep enough for the kernel's stacks under the loop: a cut stack would lose its bottom (total) frames.
        cmd.add("-XX:FlightRecorderOptions=stackdepth=128");
        cmd.addAll(List.of("-cp", r.classpath().asArgument(), PROFILE_LOOP,
                "--dir", r.bundleDir().toString(),
                "--scenario", scenario,
                "--mode", mode,
                "--warmup", Integer.toString(r.warmupSeconds()),
                "--seconds", Integer.toString(r.durationSeconds())));
        r.catalog().custom(scenario).ifPresent(c -> cmd.addAll(List.of(
                "--scenario-class", c.className(), "--bundle", c.bundle())));
        return cmd;
    }
}
