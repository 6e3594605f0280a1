package io.decibench.plugin.bench;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The classpath of the JVMs the plugin starts (JMH host, its forks, the exactness probe): the plugin's own runtime
 * artifacts that the kernels need, followed by the project's test classpath (users' own scenarios). Maven's
 * {@code java.class.path} is only plexus-classworlds, so it has to be assembled explicitly.
 */
public record ForkClasspath(List<Path> entries) {

    /** Above this length the JMH host gets {@code -Djmh.separateClasspathJAR=true} so forks start on any OS. */
    static final int LONG_CLASSPATH_CHARS = 8_000;

    /** A resolved artifact of the plugin: coordinates and the file Maven resolved. */
    public record PluginArtifact(String groupId, String artifactId, Path file) {
    }

    public ForkClasspath {
        entries = List.copyOf(entries);
    }

    /**
     * Keeps the plugin artifacts a fork needs (kernels, JMH with jopt-simple and commons-math3, JNA, Jackson) and
     * drops Maven, Doxia and the plugin jar itself; then appends the project's elements. Duplicates are removed,
     * first occurrence wins.
     */
    public static ForkClasspath of(List<PluginArtifact> pluginArtifacts, List<String> projectElements) {
        Set<Path> paths = new LinkedHashSet<>();
        for (PluginArtifact a : pluginArtifacts) {
            if (a.file() != null && isForkRuntime(a.groupId(), a.artifactId())) {
                paths.add(a.file().toAbsolutePath());
            }
        }
        for (String element : projectElements) {
            paths.add(Path.of(element).toAbsolutePath());
        }
        return new ForkClasspath(new ArrayList<>(paths));
    }

    static boolean isForkRuntime(String groupId, String artifactId) {
        return switch (groupId) {
            case "io.decibench" -> artifactId.startsWith("decibench-kernel");
            case "org.openjdk.jmh", "net.sf.jopt-simple", "net.java.dev.jna" -> true;
            case "org.apache.commons" -> artifactId.equals("commons-math3");
            default -> groupId.startsWith("com.fasterxml.jackson");
        };
    }

    /** The {@code -cp} argument. */
    public String asArgument() {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    public boolean isLong() {
        return asArgument().length() > LONG_CLASSPATH_CHARS;
    }
}
