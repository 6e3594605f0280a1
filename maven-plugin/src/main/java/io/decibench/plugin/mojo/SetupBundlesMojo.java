package io.decibench.plugin.mojo;

import io.decibench.kernel.bundle.BundleException;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.plugin.bench.BundleSetup;
import io.decibench.plugin.config.ScenarioCatalog;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates the bundles the selected scenarios need (presets and the user bundles declared in {@code <bundles>}),
 * keeping those that match their spec and verify (idempotent).
 */
@Mojo(name = "setup-bundles", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class SetupBundlesMojo extends AbstractScenarioMojo {

    @Override
    protected void executeMojo() throws MojoExecutionException {
        var selection = selection(null);
        ScenarioCatalog catalog = catalog();
        for (String unused : catalog.unusedUserBundles(selection.scenarios())) {
            getLog().info("Bundle " + unused + ": declared, but no selected scenario runs on it; not generated");
        }
        try {
            new BundleSetup(new BundleStore(bundleDirectory.toPath()))
                    .ensure(catalog.bundlesFor(selection.scenarios()), getLog()::info);
        } catch (BundleException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
