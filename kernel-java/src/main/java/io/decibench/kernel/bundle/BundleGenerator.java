package io.decibench.kernel.bundle;

import io.decibench.kernel.calendar.XnysCalendar;

/**
 * Generates the bars of a bundle, one asset at a time, as geometric Brownian motion on the XNYS timeline. Each asset
 * draws from its own {@link SplitMix64} seeded from (bundle seed, asset index) and all floating point goes through
 * {@link StrictMath}, so a spec gives the same bars on every machine and JDK.
 */
public final class BundleGenerator {
    /** Annual drift of every asset. */
    static final double ANNUAL_DRIFT = 0.05;
    static final double MIN_START_PRICE = 20;
    static final double MAX_START_PRICE = 200;
    static final double MIN_ANNUAL_SIGMA = 0.15;
    static final double MAX_ANNUAL_SIGMA = 0.45;
    /** Median daily volume per asset is log-uniform in [1e6, 1e7) shares. */
    static final double LOG_MIN_DAILY_VOLUME = StrictMath.log(1e6);
    static final double LOG_MAX_DAILY_VOLUME = StrictMath.log(1e7);
    /**
     * Log-sd of a bar's volume around its median: wide enough that a few percent of minute bars trade under 1000
     * shares, so the 10% volume limit leaves 100-share orders partially filled.
     */
    static final double VOLUME_LOG_SIGMA = 1.0;
    /** High and low reach beyond the body by |N(0,1)| * this fraction of a bar's sigma. */
    static final double EXCURSION_SIGMAS = 0.5;
    private static final long TICK = 100; // 0.01 at price scale 10^4
    private static final double TICKS_PER_UNIT = 100;

    private final BundleSpec spec;
    private final Timeline timeline;
    private final double barsPerYear;

    public BundleGenerator(BundleSpec spec, Timeline timeline) {
        this.spec = spec;
        this.timeline = timeline;
        this.barsPerYear = 252.0 * XnysCalendar.nominalBarsPerSession(spec.frequency());
    }

    public BundleSpec spec() {
        return spec;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** The bars of one asset (index 0 .. assets-1); the arrays are freshly allocated. */
    public AssetBars generate(int asset) {
        int n = timeline.barsPerAsset();
        SplitMix64 random = SplitMix64.forAsset(spec.seed(), asset);
        AssetParameters p = AssetParameters.draw(random, spec.frequency());
        double barSigma = barSigma(p.annualSigma());
        double barDrift = (ANNUAL_DRIFT - p.annualSigma() * p.annualSigma() / 2) / barsPerYear;

        AssetBars bars = new AssetBars(n);
        double logPrice = StrictMath.log(p.startPrice());
        long previousClose = toTicks(p.startPrice());
        for (int b = 0; b < n; b++) {
            logPrice += barDrift + barSigma * random.nextGaussian();
            long open = previousClose;
            long close = toTicks(StrictMath.exp(logPrice));
            long top = Math.max(open, close);
            long bottom = Math.min(open, close);
            long up = excursion(top, barSigma, random);
            long down = excursion(bottom, barSigma, random);
            bars.open[b] = open;
            bars.close[b] = close;
            bars.high[b] = top + up;
            bars.low[b] = Math.max(TICK, bottom - down);
            bars.volume[b] = Math.max(1L, Math.round(p.medianBarVolume()
                    * StrictMath.exp(VOLUME_LOG_SIGMA * random.nextGaussian())));
            previousClose = close;
        }
        return bars;
    }

    /** The sigma of one bar's log return for an asset: annual sigma / sqrt(252 * nominal bars per session). */
    double barSigma(double annualSigma) {
        return annualSigma / StrictMath.sqrt(barsPerYear);
    }

    /** An asset's parameters, the first draws of its generator. */
    AssetParameters parameters(int asset) {
        return AssetParameters.draw(SplitMix64.forAsset(spec.seed(), asset), spec.frequency());
    }

    /** Per-asset constants: start price, annual volatility and median volume per bar. */
    record AssetParameters(double startPrice, double annualSigma, double medianBarVolume) {
        static AssetParameters draw(SplitMix64 random, Frequency frequency) {
            double startPrice = random.uniform(MIN_START_PRICE, MAX_START_PRICE);
            double annualSigma = random.uniform(MIN_ANNUAL_SIGMA, MAX_ANNUAL_SIGMA);
            double medianBarVolume = StrictMath.exp(random.uniform(LOG_MIN_DAILY_VOLUME, LOG_MAX_DAILY_VOLUME))
                    / XnysCalendar.nominalBarsPerSession(frequency);
            return new AssetParameters(startPrice, annualSigma, medianBarVolume);
        }
    }

    /** How far high (low) reaches beyond the body: a random fraction of the bar's sigma, in whole ticks (may be 0). */
    private static long excursion(long price, double barSigma, SplitMix64 random) {
        double move = price / 1e4 * barSigma * EXCURSION_SIGMAS * Math.abs(random.nextGaussian());
        return Math.round(move * TICKS_PER_UNIT) * TICK;
    }

    /** Price to the 0.01 tick, as an integer scaled by 10^4; never below one tick. */
    private static long toTicks(double price) {
        return Math.max(1, Math.round(price * TICKS_PER_UNIT)) * TICK;
    }

    /** One asset's generated price and volume columns (timestamps are the shared {@link Timeline}). */
    public static final class AssetBars {
        final long[] open;
        final long[] high;
        final long[] low;
        final long[] close;
        final long[] volume;

        AssetBars(int bars) {
            open = new long[bars];
            high = new long[bars];
            low = new long[bars];
            close = new long[bars];
            volume = new long[bars];
        }

        /** The values of a price or volume column; TIMESTAMP is not held here. */
        public long[] column(Column column) {
            return switch (column) {
                case OPEN -> open;
                case HIGH -> high;
                case LOW -> low;
                case CLOSE -> close;
                case VOLUME -> volume;
                case TIMESTAMP -> throw new IllegalArgumentException("timestamps belong to the Timeline");
            };
        }
    }
}
