package io.decibench.plugin.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines of the JVMs the plugin starts, all with the java of the running JVM: the JMH host for one fork of
 * {@code BacktestBenchmark.run}, and the exactness probe ({@code cli.Main run}).
 *
 * @param ignoreJmhLock let the JMH host run while another JMH holds its machine-wide lock (plumbing tests only:
 *                      timings taken next to another benchmark are meaningless)
 */
public record ForkCommand(Path javaExecutable, ForkClasspath classpath, Path bundleDir, List<String> jvmArgs,
                          boolean ignoreJmhLock) {

    public static final String BENCHMARK = "io.decibench.kernel.bench.BacktestBenchmark.run";
    public static final String CLI_MAIN = "io.decibench.kernel.cli.Main";

    public ForkCommand {
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** The java launcher of the JVM running Maven. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** One JMH fork (-f 1) of one scenario x mode, results as JSON into {@code resultFile}. */
    public List<String> jmhFork(ScheduledFork fork, Measurement m, Path resultFile) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable.toString());
        if (classpath.isLong()) {
            cmd.add("-Djmh.separateClasspathJAR=true");
        }
        if (ignoreJmhLock) {
            cmd.add("-Djmh.ignoreLock=true");
        }
        cmd.addAll(List.of("-cp", classpath.asArgument(), "org.openjdk.jmh.Main", BENCHMARK,
                "-p", "scenario=" + fork.scenario(),
                "-p", "mode=" + fork.mode(),
                "-p", "bundleDir=" + bundleDir,
                "-f", "1",
                "-wi", Integer.toString(m.warmupIterations()),
                "-w", m.warmupTime(),
                "-i", Integer.toString(m.iterations()),
                "-r", m.iterationTime(),
                "-prof", "gc",
                "-rf", "json",
                "-rff", resultFile.toString()));
        if (!jvmArgs.isEmpty()) {
            // JMH splits this one argument on spaces into the fork's JVM options.
            cmd.add("-jvmArgsAppend");
            cmd.add(String.join(" ", jvmArgs));
        }
        return cmd;
    }

    /** One plain, unmeasured backtest printing its results as JSON (the exactness probe). */
    public List<String> cliRun(String scenario, String mode) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable.toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", classpath.asArgument(), CLI_MAIN, "run",
                "--dir", bundleDir.toString(), "--scenario", scenario, "--mode", mode));
        return cmd;
    }
}
