package io.decibench.plugin.mojo;

import io.decibench.plugin.profile.CellComparison;
import io.decibench.plugin.profile.ProfileComparator;
import io.decibench.plugin.profile.ProfileComparison;
import io.decibench.plugin.profile.ProfileException;
import io.decibench.plugin.profile.ProfileStore;
import io.decibench.plugin.profile.ProfileTables;
import io.decibench.plugin.results.FileAccess;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Compares two profile labels: per scenario x mode, each module's share change and the methods that gained and lost
 * the most self time; writes {@code profiles/compare-<before>-vs-<after>/compare.md} and {@code compare.json}.
 */
@Mojo(name = "compare-profiles", threadSafe = true)
public class CompareProfilesMojo extends AbstractResultsMojo {
    /** Gainers and losers kept per scenario x mode. */
    static final int TOP_METHODS = 10;

    /** The label to compare from. Property {@code decibench.before}, required. */
    @Parameter(property = "decibench.before", required = true)
    private String before;

    /** The label to compare to. Property {@code decibench.after}, required. */
    @Parameter(property = "decibench.after", required = true)
    private String after;

    @Override
    protected void executeMojo() throws MojoExecutionException {
        ProfileStore store = new ProfileStore(resultsDirectory.toPath().resolve("profiles"));
        try {
            ProfileComparison comparison = new ProfileComparator(TOP_METHODS).compare(store.read(before),
                    store.read(after), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            if (comparison.cells().isEmpty()) {
                throw new MojoExecutionException("Profiles '" + before + "' and '" + after + "' share no scenario x mode ("
                        + String.join("; ", comparison.unmatched()) + "). Profile the same -Ddecibench.scenarios and"
                        + " -Ddecibench.modes under both labels.");
            }
            Path dir = store.write(comparison);
            for (CellComparison cell : comparison.cells()) {
                getLog().info("");
                getLog().info(cell.scenario() + " / " + cell.mode() + ": " + before + " (" + cell.beforeSamples()
                        + " samples) -> " + after + " (" + cell.afterSamples() + " samples), self and total share in pp");
                ProfileTables.moduleChanges(cell).plainLines().forEach(getLog()::info);
                logMethods("Gained most self time:", cell, true);
                logMethods("Lost most self time:", cell, false);
            }
            comparison.unmatched().forEach(u -> getLog().warn("[decibench] Not compared: " + u));
            getLog().info("");
            getLog().info("[decibench] Comparison written to " + dir.resolve(ProfileStore.COMPARE_MD) + " and "
                    + ProfileStore.COMPARE_JSON);
        } catch (ProfileException | IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the comparison under " + store.root() + " ("
                    + FileAccess.reason(e) + "). Fix: make the folder writable or point decibench.resultsDirectory"
                    + " elsewhere.", e);
        }
    }

    private void logMethods(String title, CellComparison cell, boolean gained) {
        var methods = gained ? cell.gained() : cell.lost();
        if (!methods.isEmpty()) {
            getLog().info(title);
            ProfileTables.methodChanges(methods).plainLines().forEach(getLog()::info);
        }
    }
}
