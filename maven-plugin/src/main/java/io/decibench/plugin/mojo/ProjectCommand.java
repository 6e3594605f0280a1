package io.decibench.plugin.mojo;

import io.decibench.plugin.report.MavenCommand;
import org.apache.maven.model.Profile;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

import java.util.ArrayList;
import java.util.List;

/** How Maven reaches the running project's Decibench plugin: {@code -N} in an aggregator, {@code -P} for its profiles. */
final class ProjectCommand {

    private ProjectCommand() {
    }

    /** E.g. {@code mvn}, or {@code mvn -N -Pmain-job} at the root of the Decibench sources. */
    static String of(MavenProject project, MojoExecution execution) {
        String plugin = execution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey();
        List<String> profiles = new ArrayList<>();
        for (Profile p : project.getActiveProfiles()) {
            boolean declares = p.getBuild() != null && p.getBuild().getPlugins().stream()
                    .anyMatch(x -> plugin.equals(x.getKey()));
            boolean reports = p.getReporting() != null && p.getReporting().getPlugins().stream()
                    .anyMatch(x -> plugin.equals(x.getKey()));
            if ((declares || reports) && !profiles.contains(p.getId())) {
                profiles.add(p.getId());
            }
        }
        return MavenCommand.prefix(!project.getModules().isEmpty(), profiles);
    }
}
