package io.decibench.nativecore;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import io.decibench.kernel.spi.Availability;

import java.nio.ByteOrder;

/**
 * Decides whether the native core can run here and says why not: switched off by property, library missing, built
 * for another platform, or from another version of Decibench. Never lets an {@link UnsatisfiedLinkError} escape.
 */
public final class NativeCoreLoader {
    /** {@code -Ddecibench.native.disable=true} switches both native modes ({@code float-native}, {@code decimal-native}) off. */
    public static final String DISABLE_PROPERTY = "decibench.native.disable";

    static final String BUILD_FIX = "build it with `mvn -pl kernel-native package` (needs cargo: https://rustup.rs)"
            + " and put decibench-kernel-native on the classpath; run with -Djna.debug_load=true to see where JNA looked";

    private NativeCoreLoader() {
    }

    /** The availability of the bundled library, honouring {@value #DISABLE_PROPERTY}. */
    public static Availability availability() {
        if (Boolean.getBoolean(DISABLE_PROPERTY)) {
            return Availability.unavailable("The native core (modes float-native and decimal-native) is switched off (-D" + DISABLE_PROPERTY + "=true).",
                    "remove -D" + DISABLE_PROPERTY + "=true (or set it to false)");
        }
        return Bundled.AVAILABILITY;
    }

    /** Whether the library {@code name} loads here and is a native core with this ABI version. */
    public static Availability probe(String name) {
        String where = "lib" + name + ".so for " + Platform.RESOURCE_PREFIX;
        if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            return Availability.unavailable("The native core reads little-endian bundle columns in place; this "
                    + Platform.RESOURCE_PREFIX + " machine is big-endian.", "use the Java modes on this machine");
        }
        try {
            NativeLibrary library = NativeLibrary.getInstance(name, NativeCoreLoader.class.getClassLoader());
            Function version = library.getFunction("decibench_abi_version");
            int abi = version.invokeInt(new Object[0]);
            if (abi != NativeDecimalCore.ABI_VERSION) {
                return Availability.unavailable("The native library " + where + " has ABI version " + abi
                        + " but this decibench-kernel-native expects " + NativeDecimalCore.ABI_VERSION + ".",
                        "rebuild it from the same checkout: `mvn -pl kernel-native clean package`");
            }
            return Availability.ok();
        } catch (UnsatisfiedLinkError e) {
            return Availability.unavailable("The native library " + where + " could not be loaded: "
                    + firstLine(e.getMessage()), BUILD_FIX);
        }
    }

    private static Availability loadBundled() {
        Availability probed = probe(NativeDecimalCore.LIBRARY);
        if (!probed.available()) {
            return probed;
        }
        try {
            // Initialising the class registers the direct mappings; a missing symbol fails here, not mid-benchmark.
            NativeDecimalCore.decibench_abi_version();
            return probed;
        } catch (LinkageError e) {
            return Availability.unavailable("The native library lib" + NativeDecimalCore.LIBRARY
                    + ".so loaded but its functions could not be bound: " + firstLine(e.toString()), BUILD_FIX);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Loads the bundled library once, on first use. */
    private static final class Bundled {
        static final Availability AVAILABILITY = loadBundled();
    }
}
