package io.decibench.plugin.bench;

import io.decibench.kernel.bench.ExitWithParent;
import io.decibench.plugin.config.CustomScenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Command lines of the JVMs the plugin starts, all with the java of the running JVM: the JMH host for one fork of
 * {@code BacktestBenchmark.run}, and the exactness probe ({@code cli.Main run}).
 *
 * @param ignoreJmhLock let the JMH host run while another JMH holds its machine-wide lock (plumbing tests only:
 *                      timings taken next to another benchmark are meaningless)
 * @param customScenarios user scenarios by name: their forks and probe runs also get the class and the bundle
 */
public record ForkCommand(Path javaExecutable, ForkClasspath classpath, Path bundleDir, List<String> jvmArgs,
                          boolean ignoreJmhLock, Map<String, CustomScenario> customScenarios) {

    public static final String BENCHMARK = "io.decibench.kernel.bench.BacktestBenchmark.run";
    public static final String CLI_MAIN = "io.decibench.kernel.cli.Main";
    /** Runs the child's main class and ends the child when Maven is gone (see {@link ExitWithParent}). */
    public static final String EXIT_WITH_PARENT = ExitWithParent.class.getName();

    /**
     * JVM options of the JMH host process only. The measured fork never sees them: {@link #jmhFork} always passes
     * {@code -jvmArgs}, which replaces the host's input arguments that JMH would otherwise give every fork.
     */
    static final List<String> HOST_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

    public ForkCommand {
        jvmArgs = List.copyOf(jvmArgs);
        customScenarios = Map.copyOf(customScenarios);
    }

    /** Commands for built-in scenarios only. */
    public ForkCommand(Path javaExecutable, ForkClasspath classpath, Path bundleDir, List<String> jvmArgs,
                       boolean ignoreJmhLock) {
        this(javaExecutable, classpath, bundleDir, jvmArgs, ignoreJmhLock, Map.of());
    }

    /** The java launcher of the JVM running Maven. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** One JMH fork (-f 1) of one scenario x mode, results as JSON into {@code resultFile}. */
    public List<String> jmhFork(ScheduledFork fork, Measurement m, Path resultFile) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable.toString());
        // The host only launches the fork and collects its results: a C1-only, serial-GC, small-heap host starts
        // faster and keeps its JIT and GC threads off the cores the measured fork runs on.
        cmd.addAll(HOST_JVM_OPTIONS);
        if (classpath.isLong()) {
            cmd.add("-Djmh.separateClasspathJAR=true");
        }
        if (ignoreJmhLock) {
            cmd.add("-Djmh.ignoreLock=true");
        }
        cmd.addAll(List.of("-cp", classpath.asArgument(), EXIT_WITH_PARENT, "org.openjdk.jmh.Main", BENCHMARK,
                "-p", "scenario=" + fork.scenario(),
                "-p", "mode=" + fork.mode(),
                "-p", "bundleDir=" + bundleDir));
        CustomScenario custom = customScenarios.get(fork.scenario());
        if (custom != null) {
            cmd.addAll(List.of("-p", "scenarioClass=" + custom.className(), "-p", "bundle=" + custom.bundle()));
        }
        if (fork.slowdown() > 0) {
            // An injected regression (decibench.slowdown): the benchmark adds this fraction of each op's own time.
            cmd.addAll(List.of("-p", "slowdown=" + fork.slowdown()));
        }
        cmd.addAll(List.of(
                "-f", "1",
                // A failing benchmark makes the host exit non-zero (JMH would exit 0 and write an empty result).
                "-foe", "true",
                "-wi", Integer.toString(m.warmupIterations()),
                "-w", m.warmupTime(),
                "-i", Integer.toString(m.iterations()),
                "-r", m.iterationTime(),
                "-prof", "gc",
                "-rf", "json",
                "-rff", resultFile.toString()));
        // Always -jvmArgs, even when empty: without it JMH hands the fork the host's own input arguments (the fast-start
        // flags above, C1 only), and -jvmArgsAppend would only add to those. The fork gets exactly the user's options.
        cmd.add("-jvmArgs");
        cmd.add(jmhArgumentLine(jvmArgs));
        return cmd;
    }

    /**
     * The options as one JMH argument line: JMH splits it on spaces and treats double quotes as grouping, so an
     * option holding a space is quoted. An empty list gives an empty line, which JMH reads as "no options".
     */
    static String jmhArgumentLine(List<String> options) {
        List<String> parts = new ArrayList<>(options.size());
        for (String o : options) {
            if (o.indexOf('"') >= 0) {
                throw new IllegalArgumentException("JVM option " + o + " contains a double quote, which JMH cannot pass"
                        + " to a fork. Fix: remove the quote from decibench.jvmArgs.");
            }
            parts.add(o.indexOf(' ') >= 0 ? '"' + o + '"' : o);
        }
        return String.join(" ", parts);
    }

    /** One plain, unmeasured backtest printing its results as JSON (the exactness probe). */
    public List<String> cliRun(String scenario, String mode) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable.toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", classpath.asArgument(), EXIT_WITH_PARENT, CLI_MAIN, "run",
                "--dir", bundleDir.toString(), "--scenario", scenario, "--mode", mode));
        CustomScenario custom = customScenarios.get(scenario);
        if (custom != null) {
            cmd.addAll(List.of("--scenario-class", custom.className(), "--bundle", custom.bundle()));
        }
        return cmd;
    }
}
