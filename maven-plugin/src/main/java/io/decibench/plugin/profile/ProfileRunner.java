package io.decibench.plugin.profile;

import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.plugin.bench.BundleCheck;
import io.decibench.plugin.config.ScenarioCatalog;
import io.decibench.plugin.bench.ForkDiagnosis;
import io.decibench.plugin.bench.ForkFailedException;
import io.decibench.plugin.bench.ForkProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Profiles each requested scenario x mode in its own JVM (see {@link ProfileCommand}), reads the recording back and
 * aggregates it into a {@link ProfileSet}. The recordings and the JVMs' logs stay in the label's folder.
 */
public final class ProfileRunner {
    /** The profiling loop runs the backtest on the JVM's main thread; other threads' samples are not the backtest. */
    static final String LOOP_THREAD = "main";

    private final ProfileRequest request;
    private final Consumer<String> log;
    private final Consumer<String> debug;

    public ProfileRunner(ProfileRequest request, Consumer<String> log) {
        this(request, log, line -> { });
    }

    /** @param debug receives each profiling JVM's command line (Maven's {@code -X} output) */
    public ProfileRunner(ProfileRequest request, Consumer<String> log, Consumer<String> debug) {
        this.request = request;
        this.log = log;
        this.debug = debug;
    }

    /**
     * @throws io.decibench.plugin.bench.ForkFailedException when a profiling JVM crashes or times out (exit code and
     *                                                       the last lines of its output)
     * @throws ProfileException                              when a bundle is missing or a JVM ends without writing
     *                                                       its recording
     */
    public ProfileSet run() throws IOException {
        ScenarioCatalog catalog = request.catalog();
        List<String> bundles;
        try {
            bundles = catalog.bundlesFor(request.scenarios()).stream().map(BundleSpec::name).toList();
        } catch (IllegalArgumentException e) {
            throw new ProfileException(e.getMessage());
        }
        Optional<String> problem = BundleCheck.problem(request.bundleDir(), bundles);
        if (problem.isPresent()) {
            throw new ProfileException(problem.get());
        }
        Path dir = request.labelDir();
        Files.createDirectories(dir);
        List<Profile> profiles = new ArrayList<>();
        int total = 0;
        for (String scenario : request.scenarios()) {
            total += (int) request.modes().stream().filter(m -> catalog.supports(scenario, m)).count();
        }
        int n = 0;
        for (String scenario : request.scenarios()) {
            for (String mode : request.modes()) {
                if (!catalog.supports(scenario, mode)) {
                    log.accept("[decibench] " + scenario + " / " + mode + ": n/a (the scenario does not implement"
                            + " the mode), not profiled");
                    continue;
                }
                n++;
                log.accept(String.format("[decibench] profiling %s / %s (%d/%d): %d s warm-up, %d s recorded",
                        scenario, mode, n, total, request.warmupSeconds(), request.durationSeconds()));
                profiles.add(profile(dir, scenario, mode));
            }
        }
        return new ProfileSet(ProfileSet.SCHEMA_VERSION, request.label(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                System.getProperty("java.vendor") + " " + System.getProperty("java.version"), profiles);
    }

    private Profile profile(Path dir, String scenario, String mode) throws IOException {
        String stem = scenario + "-" + mode;
        Path recording = dir.resolve(stem + ".jfr");
        Path logFile = dir.resolve(stem + ".log");
        // A recording left by an earlier run must not pass for this one's.
        Files.deleteIfExists(recording);
        String what = "the profiling JVM for " + scenario + " / " + mode;
        try {
            new ForkProcess(timeout(), debug).run(what, ProfileCommand.of(request, scenario, mode, recording), logFile);
        } catch (ForkFailedException e) {
            throw ForkDiagnosis.explain("The profiling JVM for " + scenario + " / " + mode, e, logFile);
        }
        if (!Files.isRegularFile(recording)) {
            throw new ProfileException(what + " ended without writing its flight recording " + recording
                    + "; its output is in " + logFile + ". Check that the JVM supports Java Flight Recorder.");
        }
        RecordedSamples samples = new JfrSampleReader(LOOP_THREAD::equals).read(recording);
        if (samples.stacks().isEmpty()) {
            throw new ProfileException("The recording " + recording + " holds no execution samples of the backtest"
                    + " thread; its JVM's output is in " + logFile + ". Profile longer, e.g."
                    + " -Ddecibench.profileDuration=20.");
        }
        Breakdown breakdown = new ProfileAggregator(request.rules(), request.topMethods()).aggregate(samples);
        return new Profile(scenario, mode, recording.getFileName().toString(), request.durationSeconds(),
                request.warmupSeconds(), breakdown);
    }

    /** The loop's own length plus room for JVM start-up and writing the recording, or the fork timeout if longer. */
    private Duration timeout() {
        Duration loop = Duration.ofSeconds(request.warmupSeconds() + request.durationSeconds() + 180L);
        return loop.compareTo(request.forkTimeout()) > 0 ? loop : request.forkTimeout();
    }
}
