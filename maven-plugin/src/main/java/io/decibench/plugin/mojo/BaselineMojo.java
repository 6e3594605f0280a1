package io.decibench.plugin.mojo;

import io.decibench.plugin.gate.BaselineChanges;
import io.decibench.plugin.gate.Baselines;
import io.decibench.plugin.gate.BaselinesFileException;
import io.decibench.plugin.gate.BaselinesJson;
import io.decibench.plugin.gate.Thresholds;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.FileAccess;
import io.decibench.plugin.results.ResultsFileException;
import io.decibench.plugin.results.ResultsJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Creates or updates the baselines file from the latest benchmark-results.json, keeping the previous file as
 * {@code .bak} and printing what changed row by row.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractGateMojo {

    @Override
    protected void executeMojo() throws MojoExecutionException {
        Path file = baselineFile.toPath();
        validateThresholds();
        BenchmarkResults results;
        try {
            results = ResultsJson.read(resultsDirectory.toPath().resolve(ResultsJson.FILE_NAME));
        } catch (ResultsFileException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Optional<Baselines> previous = readPrevious(file);
        Baselines next;
        try {
            next = Baselines.from(results, Thresholds.resolve(warnThreshold, failThreshold, allocTolerance,
                    previous.map(Baselines::thresholds).orElse(null)), Instant.now());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (next.rows().isEmpty()) {
            throw new MojoExecutionException("The results in " + resultsDirectory + " measured no scenario x mode;"
                    + " nothing to baseline. Run `mvn verify` (or `mvn decibench:benchmark`) first.");
        }
        Optional<Path> backup;
        try {
            backup = BaselinesJson.write(file, next);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write baselines " + file + " (" + FileAccess.reason(e)
                    + "). The previous file, if any, is unchanged. Fix: make its folder writable, or point"
                    + " decibench.baselineFile elsewhere.", e);
        }
        getLog().info((previous.isPresent() ? "Updated" : "Created") + " baselines " + file + " ("
                + next.rows().size() + " rows, machine " + next.fingerprint().id() + ")"
                + backup.map(b -> "; previous file kept as " + b).orElse(""));
        BaselineChanges.describe(previous, next).forEach(line -> getLog().info("  " + line));
        getLog().info("Commit " + file.getFileName() + " so `check` gates later runs against it.");
    }

    private Optional<Baselines> readPrevious(Path file) {
        try {
            return BaselinesJson.readIfPresent(file);
        } catch (BaselinesFileException e) {
            // A broken old file must not block re-baselining; it is still kept as .bak.
            getLog().warn("Replacing unreadable baselines: " + e.getMessage());
            return Optional.empty();
        }
    }
}
