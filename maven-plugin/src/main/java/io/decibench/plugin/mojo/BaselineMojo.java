package io.decibench.plugin.mojo;

import io.decibench.plugin.gate.BaselineRefusedException;
import io.decibench.plugin.gate.BaselineUpdate;
import io.decibench.plugin.gate.Baselines;
import io.decibench.plugin.gate.BaselinesFileException;
import io.decibench.plugin.gate.BaselinesJson;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.FileAccess;
import io.decibench.plugin.results.ResultsFileException;
import io.decibench.plugin.results.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adds the latest benchmark results to the baselines file as a new session (or creates it), keeping the previous
 * file as {@code .bak} and printing what was recorded, refused, flagged or removed. Rows the results do not measure
 * are kept; replacing and deleting rows are explicit options.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractGateMojo {

    /**
     * The runs to record, one session each: comma-separated benchmark-results.json files or folders (every
     * {@code *.json} in a folder, by name; e.g. calibrate's {@code calibration/sessions}). Property
     * {@code decibench.baselineResults}, default {@code ${resultsDirectory}/benchmark-results.json}.
     */
    @Parameter(property = "decibench.baselineResults")
    private String baselineResults;

    /**
     * Start the recorded rows over instead of adding a session (to accept an intended change), and accept results
     * measured with other settings or on another machine (rows they do not measure are then removed). Property
     * {@code decibench.baselineReplace}, default false.
     */
    @Parameter(property = "decibench.baselineReplace", defaultValue = "false")
    private boolean baselineReplace;

    /** Rows to remove, comma-separated {@code scenario} or {@code scenario:mode}. Property {@code decibench.baselineDelete}, default none. */
    @Parameter(property = "decibench.baselineDelete")
    private String baselineDelete;

    /** Newest sessions kept per row. Property {@code decibench.baselineSessions}, default 10. */
    @Parameter(property = "decibench.baselineSessions", defaultValue = "10")
    private int baselineSessions;

    /** Relative {@code baselineResults} entries resolve against the project. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private java.io.File basedir;

    @Override
    protected void executeMojo() throws MojoExecutionException {
        Path file = baselineFile.toPath();
        validateThresholds();
        List<BenchmarkResults> runs = new ArrayList<>();
        for (Path results : resultsFiles()) {
            try {
                runs.add(ResultsJson.read(results));
            } catch (ResultsFileException e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
        }
        Optional<Baselines> previous;
        try {
            previous = BaselinesJson.readIfPresent(file);
        } catch (BaselinesFileException e) {
            if (!baselineReplace) {
                throw new MojoExecutionException(e.getMessage() + " `baseline` adds to the file and will not"
                        + " overwrite one it cannot read; to replace it, add -D" + BaselineUpdate.REPLACE_PROPERTY
                        + "=true (it is kept as .bak).", e);
            }
            getLog().warn("Replacing unreadable baselines (" + BaselineUpdate.REPLACE_PROPERTY + "=true): "
                    + e.getMessage());
            previous = Optional.empty();
        }
        BaselineUpdate.Outcome outcome;
        try {
            outcome = BaselineUpdate.apply(previous, runs, new BaselineUpdate.Options(baselineReplace, list(
                    baselineDelete), baselineSessions, warnThreshold, failThreshold, allocTolerance), Instant.now());
        } catch (BaselineRefusedException | IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        outcome.recorded().forEach(line -> getLog().info("  " + line));
        outcome.flagged().forEach(line -> getLog().warn("  " + line));
        outcome.refused().forEach(line -> getLog().warn("  " + line));
        outcome.removed().forEach(line -> getLog().info("  " + line));
        if (outcome.recorded().isEmpty() && outcome.removed().isEmpty()) {
            throw new MojoExecutionException("Nothing to record in " + file + ": no row of the results could be"
                    + " taken in (see the lines above). The file is unchanged.");
        }
        Baselines next = outcome.next();
        Optional<Path> backup;
        try {
            backup = BaselinesJson.write(file, next);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write baselines " + file + " (" + FileAccess.reason(e)
                    + "). The previous file, if any, is unchanged. Fix: make its folder writable, or point"
                    + " decibench.baselineFile elsewhere.", e);
        }
        getLog().info((previous.isPresent() ? "Updated" : "Created") + " baselines " + file + " ("
                + next.rows().size() + " rows, " + next.sessions().size() + " session"
                + (next.sessions().size() == 1 ? "" : "s") + ", machine " + next.fingerprint().id() + ")"
                + (outcome.keptRows() > 0 ? "; kept " + outcome.keptRows() + " row(s) these results do not measure"
                : "") + backup.map(b -> "; previous file kept as " + b).orElse(""));
        if (next.sessions().size() < 3) {
            getLog().info("With fewer than 3 sessions the gate assumes sessions differ as much as on a busy shared"
                    + " machine; record more sessions (another `mvn verify` then `mvn decibench:baseline`, best at"
                    + " other times of day) so it can measure this machine's own variation.");
        }
        getLog().info("Commit " + file.getFileName() + " so `check` gates later runs against it.");
    }

    private List<Path> resultsFiles() throws MojoExecutionException {
        if (baselineResults == null || baselineResults.isBlank()) {
            return List.of(resultsDirectory.toPath().resolve(ResultsJson.FILE_NAME));
        }
        List<Path> files = new ArrayList<>();
        for (String entry : list(baselineResults)) {
            Path p = basedir.toPath().resolve(entry);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    List<Path> json = s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
                    if (json.isEmpty()) {
                        throw new MojoExecutionException("decibench.baselineResults names the folder " + p
                                + ", which holds no *.json results.");
                    }
                    files.addAll(json);
                } catch (IOException e) {
                    throw new MojoExecutionException("Cannot list " + p + ": " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }
}
