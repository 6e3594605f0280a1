package io.decibench.kernel.bundle;

import io.decibench.kernel.calendar.XnysCalendar;

import java.util.List;
import java.util.Map;

/**
 * The content of a bundle's {@code manifest.json}: what the bundle holds and a checksum per column file. Dates are
 * ISO strings (yyyy-MM-dd) so the JSON needs no Jackson time module.
 *
 * @param files per column file name, its size and SHA-256 (lower-case hex)
 */
public record BundleManifest(int formatVersion, String name, String frequency, String calendar, String firstSession,
                             String lastSession, int sessions, int barsPerSession, int earlyCloses, int assets,
                             List<String> symbols, long seed, int priceScale, int barsPerAsset, long barCount,
                             Map<String, FileEntry> files) {
    public static final int FORMAT_VERSION = 1;
    public static final String FILE_NAME = "manifest.json";
    public static final String CALENDAR = "XNYS";

    /** Size in bytes and SHA-256 (hex) of one column file. */
    public record FileEntry(long bytes, String sha256) {
    }

    /** The manifest a spec must produce, without file checksums. */
    static BundleManifest expected(BundleSpec spec, Timeline timeline) {
        return new BundleManifest(FORMAT_VERSION, spec.name(), spec.frequency().id(), CALENDAR,
                timeline.sessions().get(0).toString(), timeline.sessions().get(timeline.sessions().size() - 1).toString(),
                timeline.sessions().size(), XnysCalendar.nominalBarsPerSession(spec.frequency()), timeline.earlyCloses(), spec.assets(), spec.symbols(),
                spec.seed(), Bundle.PRICE_SCALE, timeline.barsPerAsset(),
                (long) timeline.barsPerAsset() * spec.assets(), null);
    }

    BundleManifest withFiles(Map<String, FileEntry> fileEntries) {
        return new BundleManifest(formatVersion, name, frequency, calendar, firstSession, lastSession, sessions,
                barsPerSession, earlyCloses, assets, symbols, seed, priceScale, barsPerAsset, barCount, fileEntries);
    }
}
