package io.decibench.plugin.mojo;

import io.decibench.plugin.config.GoalScope;
import io.decibench.plugin.config.ShadowedProperties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The root of every Decibench goal (JaCoCo style: {@link #execute()} skips or calls {@link #executeMojo()}). It owns
 * only what every goal shares — the skip flag, and two courtesies Maven does not offer: a warning for each
 * {@code -Ddecibench.*} property that the pom's {@code <configuration>} overrides, and staying out of reactor modules
 * that do not use Decibench. Each goal family adds its own parameters below it:
 * {@link AbstractScenarioMojo} (scenarios and bundles) -> {@link AbstractForkingMojo} (modes and the JVMs it starts)
 * -> {@link AbstractBenchmarkMojo} (JMH measurement); {@link AbstractResultsMojo} (the results directory) ->
 * {@link AbstractGateMojo} (baselines and thresholds).
 */
public abstract class AbstractDecibenchMojo extends AbstractMojo {

    /** Skips the goal. Property {@code decibench.skip}, default false. */
    @Parameter(property = "decibench.skip", defaultValue = "false")
    protected boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        String skipped = skipReason();
        if (skipped != null) {
            getLog().info("Skipping Decibench " + goal() + " (" + skipped + ")");
            return;
        }
        if (!actsOnThisProject()) {
            getLog().info("Skipping Decibench " + goal() + " in " + project.getArtifactId() + ": its build does not"
                    + " use the decibench-maven-plugin (the goal runs where it is configured)");
            return;
        }
        shadowedProperties().forEach(getLog()::warn);
        executeMojo();
    }

    protected abstract void executeMojo() throws MojoExecutionException, MojoFailureException;

    /** Why the goal is skipped (the flag that says so), or null to run it. */
    protected String skipReason() {
        return skip ? "decibench.skip=true" : null;
    }

    private String goal() {
        return mojoExecution == null ? "goal" : mojoExecution.getGoal();
    }

    private boolean actsOnThisProject() {
        if (session == null || project == null || mojoExecution == null) {
            return true;
        }
        var plugin = mojoExecution.getMojoDescriptor().getPluginDescriptor();
        String key = plugin.getGroupId() + ":" + plugin.getArtifactId();
        MavenProject top = session.getTopLevelProject();
        boolean topLevel = top == null || session.getProjects().size() <= 1
                || top.getBasedir() != null && top.getBasedir().equals(project.getBasedir());
        boolean usedInTheBuild = session.getProjects().stream().anyMatch(p -> uses(p, key));
        return GoalScope.actsOn(topLevel, uses(project, key), usedInTheBuild);
    }

    /** Whether the project's build or reporting declares the plugin (pluginManagement alone does not use it). */
    private static boolean uses(MavenProject p, String pluginKey) {
        for (Plugin plugin : p.getBuildPlugins()) {
            if (pluginKey.equals(plugin.getGroupId() + ":" + plugin.getArtifactId())) {
                return true;
            }
        }
        for (ReportPlugin plugin : p.getReportPlugins()) {
            if (pluginKey.equals(plugin.getGroupId() + ":" + plugin.getArtifactId())) {
                return true;
            }
        }
        return false;
    }

    /** The warnings for {@code -Ddecibench.*} properties this goal's pom configuration overrides. */
    private List<String> shadowedProperties() {
        if (session == null || mojoExecution == null || mojoExecution.getConfiguration() == null) {
            return List.of();
        }
        MojoDescriptor descriptor = mojoExecution.getMojoDescriptor();
        Map<String, String> expressions = new LinkedHashMap<>();
        if (descriptor.getParameters() != null) {
            for (org.apache.maven.plugin.descriptor.Parameter p : descriptor.getParameters()) {
                if (p.getExpression() != null) {
                    expressions.put(p.getName(), p.getExpression());
                }
            }
        }
        Map<String, String> configured = new LinkedHashMap<>();
        for (Xpp3Dom child : mojoExecution.getConfiguration().getChildren()) {
            if (child.getChildCount() == 0) {
                configured.put(child.getName(), child.getValue());
            }
        }
        return ShadowedProperties.warnings(expressions, configured, session.getUserProperties());
    }
}
