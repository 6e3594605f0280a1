package io.decibench.plugin.bench;

import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.Timeline;
import io.decibench.kernel.calendar.XnysCalendar;
import io.decibench.plugin.results.ScenarioInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The shape of a bundle, derived from its spec alone (no file is read): its asset symbols and the trading session of
 * each bar, so results can be read per bar and a decision can be located as "SYM003, bar 1234, 2024-09-12".
 */
public final class BundleLayout {

    private final String bundle;
    private final List<String> symbols;
    private final List<LocalDate> sessions;
    private final int[] sessionEnds;
    private final int barsPerAsset;

    private BundleLayout(String bundle, List<String> symbols, List<LocalDate> sessions, int[] sessionEnds,
                         int barsPerAsset) {
        this.bundle = bundle;
        this.symbols = symbols;
        this.sessions = sessions;
        this.sessionEnds = sessionEnds;
        this.barsPerAsset = barsPerAsset;
    }

    /** The layout the bundle generator gives this spec (the same XNYS timeline). */
    public static BundleLayout of(BundleSpec spec) {
        Timeline t = Timeline.of(new XnysCalendar(), spec.frequency(), spec.start(), spec.end());
        return new BundleLayout(spec.name(), spec.symbols(), t.sessions(), t.sessionEnds(), t.barsPerAsset());
    }

    /** A scenario's bundle and bars per backtest. */
    public ScenarioInfo info(String scenario) {
        return new ScenarioInfo(scenario, bundle, symbols.size(), barsPerAsset, (long) symbols.size() * barsPerAsset);
    }

    /** The symbol of an asset index, or {@code asset N} when the index is outside the bundle. */
    public String symbol(int asset) {
        return asset >= 0 && asset < symbols.size() ? symbols.get(asset) : "asset " + asset;
    }

    /** The index of the trading session a bar belongs to, or -1 outside the timeline. */
    public int sessionIndex(int bar) {
        if (bar < 0 || bar >= barsPerAsset) {
            return -1;
        }
        int i = Arrays.binarySearch(sessionEnds, bar);
        return i >= 0 ? i : -i - 1;
    }

    /** The trading session of a bar, null outside the timeline. */
    public LocalDate session(int bar) {
        int i = sessionIndex(bar);
        return i < 0 ? null : sessions.get(i);
    }
}
