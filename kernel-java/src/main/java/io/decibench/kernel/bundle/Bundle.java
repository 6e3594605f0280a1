package io.decibench.kernel.bundle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An opened market-data bundle: column buffers (memory-mapped from the bundle's files, or built in memory for tests)
 * plus the session structure every kernel needs. Instances are immutable; the buffers are read-only views.
 *
 * <p>Layout: every column holds {@code assets() * barsPerAsset()} int64 values, asset-major, so bar {@code b} of asset
 * {@code a} is at index {@code a * barsPerAsset() + b}. All assets share the same timeline.
 */
public final class Bundle {
    /** Prices are integers scaled by 10^PRICE_SCALE (4 decimal places). */
    public static final int PRICE_SCALE = 4;

    private final String name;
    private final Frequency frequency;
    private final List<String> symbols;
    private final int barsPerAsset;
    private final int[] sessionEnds;
    private final LocalDate[] sessionDates;
    private final Map<Column, ByteBuffer> columns;

    /**
     * @param sessionEnds for each session in order, the index (within one asset's bars) of its last bar
     * @param sessionDates the date of each session, same length as sessionEnds
     * @param columns a direct, little-endian buffer per column, each exactly {@code symbols.size() * barsPerAsset * 8} bytes
     */
    public Bundle(String name, Frequency frequency, List<String> symbols, int barsPerAsset,
                  int[] sessionEnds, LocalDate[] sessionDates, Map<Column, ByteBuffer> columns) {
        this.name = Objects.requireNonNull(name);
        this.frequency = Objects.requireNonNull(frequency);
        this.symbols = List.copyOf(symbols);
        this.barsPerAsset = barsPerAsset;
        this.sessionEnds = sessionEnds.clone();
        this.sessionDates = sessionDates.clone();
        if (sessionEnds.length != sessionDates.length) {
            throw new IllegalArgumentException("sessionEnds and sessionDates differ in length");
        }
        EnumMap<Column, ByteBuffer> copy = new EnumMap<>(Column.class);
        long expected = (long) this.symbols.size() * barsPerAsset * Long.BYTES;
        for (Column c : Column.values()) {
            ByteBuffer b = columns.get(c);
            if (b == null) {
                throw new IllegalArgumentException("column " + c.id() + " missing");
            }
            if (!b.isDirect()) {
                throw new IllegalArgumentException("column " + c.id() + " must be a direct buffer (the native core reads it in place)");
            }
            if (b.capacity() != expected) {
                throw new IllegalArgumentException("column " + c.id() + " has " + b.capacity() + " bytes, expected " + expected);
            }
            copy.put(c, b.duplicate().order(ByteOrder.LITTLE_ENDIAN));
        }
        this.columns = copy;
    }

    /**
     * Builds an in-memory bundle from per-asset arrays ({@code values[column][asset][bar]}); for tests and tools.
     * Sessions are given explicitly.
     */
    public static Bundle fromArrays(String name, Frequency frequency, List<String> symbols,
                                    int[] sessionEnds, LocalDate[] sessionDates, Map<Column, long[][]> values) {
        int bars = -1;
        EnumMap<Column, ByteBuffer> buffers = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            long[][] perAsset = values.get(c);
            if (perAsset == null || perAsset.length != symbols.size()) {
                throw new IllegalArgumentException("column " + c.id() + " needs one array per asset");
            }
            ByteBuffer buf = ByteBuffer.allocateDirect(perAsset.length * perAsset[0].length * Long.BYTES)
                    .order(ByteOrder.LITTLE_ENDIAN);
            for (long[] asset : perAsset) {
                if (bars >= 0 && asset.length != bars) {
                    throw new IllegalArgumentException("all assets and columns need the same number of bars");
                }
                bars = asset.length;
                for (long v : asset) {
                    buf.putLong(v);
                }
            }
            buffers.put(c, buf.flip());
        }
        return new Bundle(name, frequency, symbols, bars, sessionEnds, sessionDates, buffers);
    }

    public String name() {
        return name;
    }

    public Frequency frequency() {
        return frequency;
    }

    public List<String> symbols() {
        return symbols;
    }

    public int assets() {
        return symbols.size();
    }

    public int barsPerAsset() {
        return barsPerAsset;
    }

    /** Total bars over all assets. */
    public long barCount() {
        return (long) barsPerAsset * symbols.size();
    }

    public int sessions() {
        return sessionEnds.length;
    }

    /** A copy of the per-session last-bar indices (within one asset). */
    public int[] sessionEnds() {
        return sessionEnds.clone();
    }

    public LocalDate sessionDate(int session) {
        return sessionDates[session];
    }

    /** The whole column as a read-only little-endian long view (asset-major). Zero copy. */
    public LongBuffer longs(Column column) {
        return columns.get(column).duplicate().order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().asReadOnlyBuffer();
    }

    /** The whole column's bytes as a direct little-endian buffer, for handing a pointer to native code. Zero copy. */
    public ByteBuffer bytes(Column column) {
        return columns.get(column).duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** One value: bar {@code bar} of asset {@code asset}. */
    public long value(Column column, int asset, int bar) {
        return columns.get(column).getLong((asset * barsPerAsset + bar) * Long.BYTES);
    }
}
