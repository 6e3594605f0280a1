package io.decibench.plugin.profile;

import io.decibench.plugin.results.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The profiles folder ({@code <resultsDirectory>/profiles}): one folder per label holding its recordings,
 * {@code profile.json} and {@code profile.md}, and {@code compare-<before>-vs-<after>} folders for comparisons.
 * Labels are checked so that none can escape the folder.
 */
public final class ProfileStore {
    public static final String PROFILE_JSON = "profile.json";
    public static final String PROFILE_MD = "profile.md";
    public static final String COMPARE_JSON = "compare.json";
    public static final String COMPARE_MD = "compare.md";
    /** Names the label written last, for readers (the site report) that show "the latest profile". */
    public static final String LATEST = "latest.json";

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path root;

    public ProfileStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * @throws IllegalArgumentException when the label could name a path outside the profiles folder
     */
    public static String checkLabel(String label) {
        if (label == null || !LABEL.matcher(label).matches() || label.contains("..")) {
            throw new IllegalArgumentException("Invalid profile label '" + label + "': use letters, digits, '.', '_' "
                    + "and '-', starting with a letter or digit (e.g. -Ddecibench.label=before).");
        }
        return label;
    }

    public Path labelDirectory(String label) {
        return root.resolve(checkLabel(label));
    }

    /** The labels that have a profile.json, sorted. */
    public List<String> labels() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(PROFILE_JSON)))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new ProfileException("Could not list the profiles in " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * @throws ProfileException when there is no such label: lists the labels there are and the command that records one
     */
    public ProfileSet read(String label) {
        Path file = labelDirectory(label).resolve(PROFILE_JSON);
        if (!Files.isRegularFile(file)) {
            List<String> labels = labels();
            throw new ProfileException("No profile labelled '" + label + "' in " + root + " ("
                    + (labels.isEmpty() ? "there are no profiles yet" : "available labels: " + String.join(", ", labels))
                    + "). Record it with mvn decibench:profile -Ddecibench.label=" + label + ".");
        }
        return ProfileJson.readSet(file);
    }

    /** Writes profile.json and profile.md of the set's label atomically, then marks the label as the latest. */
    public Path write(ProfileSet set) throws IOException {
        Path dir = labelDirectory(set.label());
        AtomicFiles.write(dir.resolve(PROFILE_JSON), ProfileJson.toBytes(set));
        AtomicFiles.write(dir.resolve(PROFILE_MD), ProfileMarkdown.render(set).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(root.resolve(LATEST), ProfileJson.toBytes(new LatestProfile(set.label(),
                set.label() + "/" + PROFILE_JSON, set.createdAt())));
        return dir;
    }

    /**
     * The set written last (named by {@code latest.json}), for the site report; empty when nothing was profiled.
     *
     * @throws ProfileException when latest.json or the profile it names is malformed
     */
    public Optional<ProfileSet> latest() {
        Path file = root.resolve(LATEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        LatestProfile latest = ProfileJson.read(file, LatestProfile.class);
        return Optional.of(read(latest.label()));
    }

    public Path comparisonDirectory(String before, String after) {
        return root.resolve("compare-" + checkLabel(before) + "-vs-" + checkLabel(after));
    }

    /** Writes compare.json and compare.md atomically. */
    public Path write(ProfileComparison comparison) throws IOException {
        Path dir = comparisonDirectory(comparison.before(), comparison.after());
        AtomicFiles.write(dir.resolve(COMPARE_JSON), ProfileJson.toBytes(comparison));
        AtomicFiles.write(dir.resolve(COMPARE_MD),
                ProfileMarkdown.render(comparison).getBytes(StandardCharsets.UTF_8));
        return dir;
    }

    /**
     * The content of {@code profiles/latest.json}.
     *
     * @param profile path of the label's profile.json relative to the profiles folder
     */
    public record LatestProfile(String label, String profile, String createdAt) {
    }
}
