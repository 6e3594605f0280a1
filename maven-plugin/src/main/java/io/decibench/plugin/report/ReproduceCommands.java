package io.decibench.plugin.report;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The shell commands that reproduce a report page from its recorded settings, in the order to run them. */
public final class ReproduceCommands {

    private ReproduceCommands() {
    }

    /** As {@link #of(BenchmarkResults, String)} for a project where plain {@code mvn} reaches the plugin. */
    public static List<String> of(BenchmarkResults results) {
        return of(results, "mvn");
    }

    /**
     * Checkout (when the commit is known), the benchmark run with the recorded settings, then the site.
     *
     * @param mvn how Maven reaches the project, e.g. {@code mvn -N -Pmain-job} (see {@link MavenCommand})
     */
    public static List<String> of(BenchmarkResults results, String mvn) {
        List<String> commands = new ArrayList<>();
        if (results.gitCommit() != null) {
            commands.add("git checkout " + results.gitCommit());
        }
        commands.add(results.settings() == null ? mvn + " verify" : benchmark(results.settings(), mvn));
        commands.add(mvn + " site    # or only this page: " + mvn + " decibench:report");
        return commands;
    }

    /** The {@code mvn verify} line selecting exactly the recorded scenarios, modes, rounds and JMH settings. */
    static String benchmark(Settings s) {
        return benchmark(s, "mvn");
    }

    private static String benchmark(Settings s, String mvn) {
        StringBuilder b = new StringBuilder(mvn).append(" verify");
        b.append(" -Ddecibench.scenarios=").append(String.join(",", s.scenarios()));
        b.append(" -Ddecibench.modes=").append(String.join(",", s.modes()));
        b.append(" -Ddecibench.runs=").append(s.runs());
        if (s.quick()) {
            b.append(" -Ddecibench.quick=true");
        }
        b.append(" -Ddecibench.warmupIterations=").append(s.warmupIterations());
        b.append(" -Ddecibench.warmupTime=").append(s.warmupTime());
        b.append(" -Ddecibench.iterations=").append(s.iterations());
        b.append(" -Ddecibench.iterationTime=").append(s.iterationTime());
        b.append(" -Ddecibench.target=").append(number(s.targetPercent()));
        b.append(" -Ddecibench.forkTimeout=").append(s.forkTimeoutSeconds());
        return b.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
