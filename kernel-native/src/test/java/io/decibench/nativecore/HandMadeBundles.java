package io.decibench.nativecore;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.bundle.Frequency;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.Scenario;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Tiny bundles built in memory, one bar per session, for tests whose expected numbers are worked out by hand. */
final class HandMadeBundles {
    static final LocalDate FIRST = LocalDate.of(2024, 1, 2);

    private HandMadeBundles() {
    }

    record TestScenario(String name, String bundle, TargetRule rule) implements Scenario {
    }

    /** A daily bundle where open = close = high = low = {@code prices[asset][bar]} and volume is constant. */
    static Bundle daily(long[][] prices, long volume) {
        return sessions(prices, volume, 1);
    }

    /**
     * A bundle of {@code barsPerSession} bars per session (one session per day), open = close = high = low =
     * {@code prices[asset][bar]}, constant volume.
     */
    static Bundle sessions(long[][] prices, long volume, int barsPerSession) {
        int assets = prices.length;
        int bars = prices[0].length;
        if (bars % barsPerSession != 0) {
            throw new IllegalArgumentException(bars + " bars are not whole sessions of " + barsPerSession);
        }
        List<String> symbols = new java.util.ArrayList<>();
        long[][] volumes = new long[assets][bars];
        long[][] timestamps = new long[assets][bars];
        for (int a = 0; a < assets; a++) {
            symbols.add(String.format("SYM%03d", a));
            java.util.Arrays.fill(volumes[a], volume);
            for (int b = 0; b < bars; b++) {
                timestamps[a][b] = FIRST.plusDays(b / barsPerSession).toEpochDay() * 86_400_000L + b % barsPerSession;
            }
        }
        int sessions = bars / barsPerSession;
        int[] ends = new int[sessions];
        LocalDate[] dates = new LocalDate[sessions];
        for (int s = 0; s < sessions; s++) {
            ends[s] = (s + 1) * barsPerSession - 1;
            dates[s] = FIRST.plusDays(s);
        }
        Map<Column, long[][]> columns = new EnumMap<>(Column.class);
        columns.put(Column.TIMESTAMP, timestamps);
        columns.put(Column.OPEN, prices);
        columns.put(Column.HIGH, prices);
        columns.put(Column.LOW, prices);
        columns.put(Column.CLOSE, prices);
        columns.put(Column.VOLUME, volumes);
        Frequency frequency = barsPerSession == 1 ? Frequency.DAILY : Frequency.MINUTE;
        return Bundle.fromArrays("hand-made", frequency, symbols, ends, dates, columns);
    }
}
