package io.decibench.plugin.mojo;

import io.decibench.plugin.bench.ForkCommand;
import io.decibench.plugin.bench.ForkFailedException;
import io.decibench.plugin.bench.ModeAvailability;
import io.decibench.plugin.bench.SuiteSelection;
import io.decibench.plugin.profile.ModuleRule;
import io.decibench.plugin.profile.ModuleRules;
import io.decibench.plugin.profile.Profile;
import io.decibench.plugin.profile.ProfileException;
import io.decibench.plugin.profile.ProfileRequest;
import io.decibench.plugin.profile.ProfileRunner;
import io.decibench.plugin.profile.ProfileSet;
import io.decibench.plugin.profile.ProfileStore;
import io.decibench.plugin.profile.ProfileTables;
import io.decibench.plugin.results.FileAccess;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Profiles the selected scenarios x modes with Java Flight Recorder, each in its own JVM on the benchmark forks'
 * classpath, and writes the module breakdown to {@code <resultsDirectory>/profiles/<label>/}.
 */
@Mojo(name = "profile", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ProfileMojo extends AbstractForkingMojo {
    /** Methods and allocated classes kept per list in profile.json (the log and profile.md show fewer). */
    static final int TOP_METHODS = 50;
    /** Methods the build log shows per profile. */
    static final int LOG_METHODS = 8;

    /** Names this set of profiles (a folder under profiles/). Property {@code decibench.label}, default {@code current}. */
    @Parameter(property = "decibench.label", defaultValue = "current")
    private String label;

    /** Seconds recorded per scenario x mode. Property {@code decibench.profileDuration}, default 20 (5 when quick). */
    @Parameter(property = "decibench.profileDuration")
    private Integer profileDuration;

    /** Seconds the backtest runs before recording starts. Property {@code decibench.profileWarmup}, default 5 (2 when quick). */
    @Parameter(property = "decibench.profileWarmup")
    private Integer profileWarmup;

    /** Extra module rules (module name + class-name prefix), tried before the built-in ones; first match wins. */
    @Parameter
    private List<ModuleRule> moduleRules;

    @Override
    protected void executeMojo() throws MojoExecutionException {
        SuiteSelection selection = selection();
        ProfileRequest request;
        try {
            request = new ProfileRequest(label, selection.scenarios(), runnableModes(selection.modes()),
                    profileDuration != null ? profileDuration : quick ? 5 : 20,
                    profileWarmup != null ? profileWarmup : quick ? 2 : 5,
                    bundleDirectory.toPath(), profilesDirectory(), jvmArgList(), Duration.ofSeconds(forkTimeout),
                    forkClasspath(), ForkCommand.currentJava(),
                    ModuleRules.withUserRules(moduleRules == null ? List.of() : moduleRules), TOP_METHODS,
                    catalog());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        try {
            ProfileSet set = new ProfileRunner(request, getLog()::info, line -> {
                if (getLog().isDebugEnabled()) {
                    getLog().debug(line);
                }
            }).run();
            Path dir = new ProfileStore(request.profilesDir()).write(set);
            for (Profile p : set.profiles()) {
                getLog().info("");
                ProfileTables.consoleLines(p, LOG_METHODS).forEach(getLog()::info);
            }
            getLog().info("");
            getLog().info("[decibench] Profile '" + label + "' written to " + dir.resolve(ProfileStore.PROFILE_JSON)
                    + " and " + ProfileStore.PROFILE_MD + " (recordings: " + dir + "/<scenario>-<mode>.jfr, open them"
                    + " in JDK Mission Control). Compare two labels with mvn decibench:compare-profiles"
                    + " -Ddecibench.before=<label> -Ddecibench.after=<label>");
        } catch (ForkFailedException | ProfileException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the profile under " + profilesDirectory() + " ("
                    + FileAccess.reason(e) + "). Fix: make the folder writable or point decibench.resultsDirectory"
                    + " elsewhere.", e);
        }
    }

    /** The modes that can run here, by the rule benchmark applies too; the others are skipped with a warning. */
    private List<String> runnableModes(List<String> modes) throws MojoExecutionException {
        ModeAvailability.Plan plan = modePlan("profile", modes);
        plan.skipped().forEach((mode, why) -> getLog().warn("[decibench] Not profiling mode " + mode + ": " + why));
        return plan.runnable();
    }

    private Path profilesDirectory() {
        return resultsDirectory.toPath().resolve("profiles");
    }
}
