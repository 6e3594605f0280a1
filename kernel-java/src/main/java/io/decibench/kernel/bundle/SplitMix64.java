package io.decibench.kernel.bundle;

/**
 * SplitMix64 (Steele, Lea, Flood 2014), written out here so that generated bundles depend on nothing that a JDK
 * release could change; normal deviates use Box-Muller with {@link StrictMath}, which is bit-reproducible everywhere.
 */
final class SplitMix64 {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    /** A generator for one asset of a bundle, independent of every other asset's. */
    static SplitMix64 forAsset(long bundleSeed, int asset) {
        return new SplitMix64(mix(bundleSeed) ^ mix(asset + 1L) * GOLDEN_GAMMA);
    }

    long nextLong() {
        return mix(state += GOLDEN_GAMMA);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** A standard normal deviate (Box-Muller, one value per two uniforms). */
    double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // (0, 1]: log stays finite
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
