package io.decibench.kernel.bundle;

import io.decibench.kernel.calendar.XnysCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The bar timeline every asset of a bundle shares, derived from the XNYS calendar: the sessions, each bar's end
 * instant and the index of each session's last bar. The generator writes it; the store rebuilds it to open a bundle.
 */
public final class Timeline {
    private final List<LocalDate> sessions;
    private final long[] timestamps;
    private final int[] sessionEnds;
    private final int earlyCloses;

    private Timeline(List<LocalDate> sessions, long[] timestamps, int[] sessionEnds, int earlyCloses) {
        this.sessions = sessions;
        this.timestamps = timestamps;
        this.sessionEnds = sessionEnds;
        this.earlyCloses = earlyCloses;
    }

    /** The timeline of the sessions between two dates (inclusive) at a frequency. */
    public static Timeline of(XnysCalendar calendar, Frequency frequency, LocalDate from, LocalDate to) {
        List<LocalDate> sessions = calendar.sessions(from, to);
        int[] ends = new int[sessions.size()];
        long total = 0;
        int early = 0;
        for (int s = 0; s < ends.length; s++) {
            LocalDate d = sessions.get(s);
            total += calendar.barCount(d, frequency);
            if (total > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("More than " + Integer.MAX_VALUE + " bars per asset between "
                        + from + " and " + to);
            }
            ends[s] = (int) total - 1;
            early += calendar.isEarlyClose(d) ? 1 : 0;
        }
        long[] timestamps = new long[(int) total];
        int at = 0;
        for (LocalDate d : sessions) {
            long[] barEnds = calendar.barEnds(d, frequency);
            System.arraycopy(barEnds, 0, timestamps, at, barEnds.length);
            at += barEnds.length;
        }
        return new Timeline(List.copyOf(sessions), timestamps, ends, early);
    }

    public List<LocalDate> sessions() {
        return sessions;
    }

    public int barsPerAsset() {
        return timestamps.length;
    }

    /** Bar end instants (epoch millis UTC); the caller must not modify the array. */
    long[] timestampsUnsafe() {
        return timestamps;
    }

    public long timestamp(int bar) {
        return timestamps[bar];
    }

    public int[] sessionEnds() {
        return sessionEnds.clone();
    }

    public int earlyCloses() {
        return earlyCloses;
    }
}
