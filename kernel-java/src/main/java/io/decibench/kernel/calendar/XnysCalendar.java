package io.decibench.kernel.calendar;

import io.decibench.kernel.bundle.Frequency;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The New York Stock Exchange trading calendar (XNYS): which dates are sessions, when they close and where the bars of
 * a session end. Rules: weekends, the scheduled full-day holidays with their weekend observance, and early closes at
 * 13:00 ET on July 3, the day after Thanksgiving and December 24.
 *
 * <p>Only scheduled rules are modelled: unscheduled closures (national days of mourning, weather or emergency
 * closures such as 2012-10-29/30 or 2018-12-05) are not, so for such dates this calendar reports a regular session.
 */
public final class XnysCalendar {
    /** The exchange's time zone; bar ends are converted from it to UTC epoch milliseconds. */
    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    public static final LocalTime OPEN = LocalTime.of(9, 30);
    public static final LocalTime REGULAR_CLOSE = LocalTime.of(16, 0);
    public static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);
    /** Juneteenth became an NYSE holiday in 2022. */
    private static final int FIRST_JUNETEENTH = 2022;

    private final ConcurrentHashMap<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    /** True when the exchange holds a (regular or early-close) session on this date. */
    public boolean isSession(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /** True for a weekday on which the exchange is closed all day for a scheduled holiday. */
    public boolean isHoliday(LocalDate date) {
        return holidaysByYear.computeIfAbsent(date.getYear(), XnysCalendar::holidays).contains(date);
    }

    /** The sessions from {@code from} to {@code to}, both inclusive, in order; empty when from is after to. */
    public List<LocalDate> sessions(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isSession(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** True when the session closes at 13:00 ET instead of 16:00. */
    public boolean isEarlyClose(LocalDate session) {
        requireSession(session);
        if (session.getMonth() == Month.JULY && session.getDayOfMonth() == 3) {
            DayOfWeek july4 = session.plusDays(1).getDayOfWeek();
            return july4 != DayOfWeek.SATURDAY && july4 != DayOfWeek.SUNDAY;
        }
        if (session.getMonth() == Month.DECEMBER && session.getDayOfMonth() == 24) {
            return true;
        }
        return session.minusDays(1).equals(thanksgiving(session.getYear()));
    }

    /** The local (ET) closing time of a session: 16:00, or 13:00 on an early close. */
    public LocalTime closeTime(LocalDate session) {
        return isEarlyClose(session) ? EARLY_CLOSE : REGULAR_CLOSE;
    }

    /**
     * The number of bars a session has at a frequency: daily 1; hourly 7 (4 on an early close); minute 390 (210).
     */
    public int barCount(LocalDate session, Frequency frequency) {
        boolean early = isEarlyClose(session);
        return switch (frequency) {
            case DAILY -> 1;
            case HOURLY -> early ? 4 : 7;
            case MINUTE -> early ? 210 : 390;
        };
    }

    /** Bars in a regular (not early-close) session: 1, 7 or 390. */
    public static int nominalBarsPerSession(Frequency frequency) {
        return switch (frequency) {
            case DAILY -> 1;
            case HOURLY -> 7;
            case MINUTE -> 390;
        };
    }

    /**
     * The end instants (epoch milliseconds, UTC) of a session's bars, in order. Hourly bars end on the half hour
     * (10:30 ... 15:30) plus a last, shorter bar ending at the close; minute bars end 9:31 ... close.
     */
    public long[] barEnds(LocalDate session, Frequency frequency) {
        LocalTime close = closeTime(session);
        long[] ends = new long[barCount(session, frequency)];
        switch (frequency) {
            case DAILY -> ends[0] = epochMillis(session, close);
            case HOURLY -> {
                for (int i = 0; i < ends.length - 1; i++) {
                    ends[i] = epochMillis(session, OPEN.plusHours(i + 1L));
                }
                ends[ends.length - 1] = epochMillis(session, close);
            }
            case MINUTE -> {
                long first = epochMillis(session, OPEN.plusMinutes(1));
                for (int i = 0; i < ends.length; i++) {
                    ends[i] = first + i * 60_000L;
                }
            }
        }
        return ends;
    }

    private static long epochMillis(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, ZONE).toInstant().toEpochMilli();
    }

    private void requireSession(LocalDate date) {
        if (!isSession(Objects.requireNonNull(date))) {
            throw new IllegalArgumentException(date + " is not an XNYS session");
        }
    }

    private static Set<LocalDate> holidays(int year) {
        Set<LocalDate> h = new HashSet<>();
        // New Year's Day on a Saturday is not observed on the Friday before (that Friday closes a fiscal year).
        LocalDate newYear = LocalDate.of(year, 1, 1);
        h.add(newYear.getDayOfWeek() == DayOfWeek.SUNDAY ? newYear.plusDays(1) : newYear);
        h.add(nthWeekday(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
        h.add(nthWeekday(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        h.add(easterSunday(year).minusDays(2));
        h.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        if (year >= FIRST_JUNETEENTH) {
            h.add(observed(LocalDate.of(year, Month.JUNE, 19)));
        }
        h.add(observed(LocalDate.of(year, Month.JULY, 4)));
        h.add(nthWeekday(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        h.add(thanksgiving(year));
        h.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
        return Set.copyOf(h);
    }

    /** Saturday holidays are observed on the Friday before, Sunday ones on the Monday after. */
    private static LocalDate observed(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    private static LocalDate thanksgiving(int year) {
        return nthWeekday(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
    }

    private static LocalDate nthWeekday(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    /** Western (Gregorian) Easter, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
