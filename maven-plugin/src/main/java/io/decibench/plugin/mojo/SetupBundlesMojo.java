package io.decibench.plugin.mojo;

import io.decibench.kernel.bundle.BundleException;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.plugin.bench.BundleSetup;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Generates the bundles the selected scenarios need, keeping those that match their spec and verify (idempotent).
 */
@Mojo(name = "setup-bundles", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class SetupBundlesMojo extends AbstractDecibenchMojo {

    @Override
    protected void executeMojo() throws MojoExecutionException {
        var selection = selection();
        try {
            new BundleSetup(new BundleStore(bundleDirectory.toPath()))
                    .ensure(BundleSetup.specsFor(selection.scenarios()), getLog()::info);
        } catch (BundleException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
