package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.bundle.Frequency;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Hand-made bundles for engine tests: prices given in cents (on the 0.01 tick), high/low derived from open and close,
 * and either one session per bar (daily) or explicit session ends.
 */
final class TinyBundle {

    private TinyBundle() {
    }

    /** One asset, one session per bar; prices in cents. */
    static Bundle daily(long[] openCents, long[] closeCents, long[] volume) {
        return daily(new long[][] {openCents}, new long[][] {closeCents}, new long[][] {volume});
    }

    /** Several assets (one row each), one session per bar; prices in cents. */
    static Bundle daily(long[][] openCents, long[][] closeCents, long[][] volume) {
        int[] sessionEnds = IntStream.range(0, openCents[0].length).toArray();
        return withSessions(openCents, closeCents, volume, sessionEnds);
    }

    /** Several assets, sessions ending at the given bars; prices in cents. */
    static Bundle withSessions(long[][] openCents, long[][] closeCents, long[][] volume, int[] sessionEnds) {
        int assets = openCents.length;
        int bars = openCents[0].length;
        long[][] open = new long[assets][bars];
        long[][] close = new long[assets][bars];
        long[][] high = new long[assets][bars];
        long[][] low = new long[assets][bars];
        long[][] time = new long[assets][bars];
        for (int a = 0; a < assets; a++) {
            for (int b = 0; b < bars; b++) {
                open[a][b] = openCents[a][b] * 100;
                close[a][b] = closeCents[a][b] * 100;
                high[a][b] = Math.max(open[a][b], close[a][b]);
                low[a][b] = Math.min(open[a][b], close[a][b]);
                time[a][b] = 1_704_218_400_000L + b * 3_600_000L;
            }
        }
        Map<Column, long[][]> values = new EnumMap<>(Column.class);
        values.put(Column.TIMESTAMP, time);
        values.put(Column.OPEN, open);
        values.put(Column.HIGH, high);
        values.put(Column.LOW, low);
        values.put(Column.CLOSE, close);
        values.put(Column.VOLUME, volume);
        LocalDate[] dates = IntStream.range(0, sessionEnds.length)
                .mapToObj(i -> LocalDate.of(2024, 1, 2).plusDays(i)).toArray(LocalDate[]::new);
        List<String> symbols = IntStream.range(0, assets).mapToObj(a -> "T" + a).toList();
        return Bundle.fromArrays("tiny", Frequency.DAILY, symbols, sessionEnds, dates, values);
    }

    /** A constant row of {@code bars} values. */
    static long[] repeat(long value, int bars) {
        long[] row = new long[bars];
        java.util.Arrays.fill(row, value);
        return row;
    }
}
