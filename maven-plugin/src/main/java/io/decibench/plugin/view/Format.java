package io.decibench.plugin.view;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/**
 * The one formatter of every figure Decibench shows, so a figure reads the same in every output: locale-independent,
 * one glyph ({@link #MISSING}) for any value that is undefined, signed percentages with one decimal, intervals in
 * square brackets, times and counts with the precision their noise supports.
 */
public final class Format {

    /** Shown wherever a figure is undefined: a mode not measured, a CI from a single fork, a drift without float. */
    public static final String MISSING = "–";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final BigDecimal SMALLEST_MONEY = new BigDecimal("0.0001");

    private Format() {
    }

    // --- percentages --------------------------------------------------------------------------------------------

    /** A signed percentage with one decimal, e.g. {@code +12.3%} or {@code -4.0%}; a value rounding to 0 is {@code +0.0%}. */
    public static String percent(Double p) {
        if (!finite(p)) {
            return MISSING;
        }
        String s = String.format(Locale.ROOT, "%+.1f%%", p);
        if (s.equals("-0.0%")) {
            return "+0.0%";
        }
        // An overhead above -100% (a time ratio above 0) must never read as -100%: keep the digits that show it.
        if (s.equals("-100.0%") && p > -100) {
            for (int decimals = 2; decimals <= 6; decimals++) {
                String finer = String.format(Locale.ROOT, "%+." + decimals + "f%%", p);
                if (!finer.startsWith("-100.")) {
                    return finer;
                }
            }
        }
        return s;
    }

    /** A percentage interval, e.g. {@code [+10.1%, +14.6%]}; {@code (no CI)} when a bound is undefined. */
    public static String percentInterval(Double low, Double high) {
        if (!finite(low) || !finite(high)) {
            return "(no CI)";
        }
        return "[" + percent(low) + ", " + percent(high) + "]";
    }

    /** A percentage and its interval, e.g. {@code +12.3% [+10.1%, +14.6%]}; {@link #MISSING} without the value. */
    public static String percentWithInterval(Double p, Double low, Double high) {
        return finite(p) ? percent(p) + " " + percentInterval(low, high) : MISSING;
    }

    /**
     * An axis tick in percent with up to three significant digits and no trailing zeros, e.g. {@code +25%},
     * {@code -20%}, {@code -33.3%}, {@code 0%}.
     */
    public static String tickPercent(double p) {
        if (Math.abs(p) < 1e-9) {
            return "0%";
        }
        String digits = plain(new BigDecimal(p).round(new MathContext(3, RoundingMode.HALF_EVEN)));
        return (p > 0 ? "+" : "") + digits + "%";
    }

    /** A fraction (0.05 = 5%) as a signed percentage, e.g. {@code +5.0%}. */
    public static String fraction(Double f) {
        return finite(f) ? percent(f * 100) : MISSING;
    }

    /** A fraction and its interval, e.g. {@code +25.0% [+21.0%, +29.0%]}. */
    public static String fractionWithInterval(Double f, Double low, Double high) {
        return finite(f) ? percentWithInterval(f * 100, times100(low), times100(high)) : MISSING;
    }

    /** An unsigned threshold or target in percent, e.g. {@code 30%} or {@code 12.5%}. */
    public static String threshold(double percent) {
        return plain(BigDecimal.valueOf(percent).round(new MathContext(4, RoundingMode.HALF_EVEN))) + "%";
    }

    /** A fraction (0.95) as an unsigned percentage, e.g. {@code 95%}. */
    public static String thresholdFraction(double fraction) {
        return threshold(fraction * 100);
    }

    // --- times, sizes, counts -----------------------------------------------------------------------------------

    /**
     * A number with four significant digits in plain notation, trailing zeros kept (they carry the precision), e.g.
     * {@code 12.35}, {@code 14.00}, {@code 0.001235}; from 1000 on, whole numbers ({@code 1235}, {@code 12345}).
     */
    public static String number(Double v) {
        return finite(v) ? significant(v, 4) : MISSING;
    }

    /** A time with four significant digits and its unit, e.g. {@code 12.35 ms/op}. */
    public static String time(Double t, String unit) {
        return finite(t) ? number(t) + unitSuffix(unit) : MISSING;
    }

    /**
     * A mean time and its interval as {@code mean ± half-width unit}, both to the half-width's second significant
     * digit (the precision the interval supports), e.g. {@code 10.00 ± 0.20 ms/op}; {@code (no CI)} with one fork.
     */
    public static String timeWithInterval(Double mean, Double low, Double high, String unit) {
        if (!finite(mean)) {
            return MISSING;
        }
        if (!finite(low) || !finite(high)) {
            return time(mean, unit) + " (no CI)";
        }
        double half = Math.max(high - mean, mean - low);
        if (!(half > 0)) {
            return number(mean) + " ± 0" + unitSuffix(unit);
        }
        int decimals = Math.max(0, 1 - (int) Math.floor(Math.log10(half)));
        return String.format(Locale.ROOT, "%." + decimals + "f ± %." + decimals + "f", mean, half) + unitSuffix(unit);
    }

    /** A dimensionless ratio with four decimals, e.g. {@code 1.4012}. */
    public static String ratio(Double r) {
        return finite(r) ? String.format(Locale.ROOT, "%.4f", r) : MISSING;
    }

    /** A multiple with three significant digits, e.g. {@code 2.35×} or {@code 1950×}. */
    public static String factor(Double f) {
        return finite(f) ? significant3(f) + "×" : MISSING;
    }

    /** Nanoseconds per bar, e.g. {@code 6.31 ns/bar}. */
    public static String nsPerBar(Double ns) {
        return finite(ns) ? significant3(ns) + " ns/bar" : MISSING;
    }

    /** A signed difference in nanoseconds per bar, e.g. {@code +31.2 ns/bar}. */
    public static String extraNsPerBar(Double ns) {
        if (!finite(ns)) {
            return MISSING;
        }
        String s = significant3(ns);
        return (s.startsWith("-") ? s : "+" + s) + " ns/bar";
    }

    /** Bytes in binary units with three significant digits, e.g. {@code 256 B}, {@code 12.7 KiB}, {@code 14.2 MiB}. */
    public static String bytes(Double b) {
        if (!finite(b)) {
            return MISSING;
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = b;
        int u = 0;
        while (Math.abs(v) >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return significant3(v) + " " + units[u];
    }

    /** A count with thousands separators, e.g. {@code 12,345}. */
    public static String count(Long n) {
        return n == null ? MISSING : String.format(Locale.ROOT, "%,d", n);
    }

    /** A count with thousands separators, e.g. {@code 12,345}. */
    public static String count(long n) {
        return count(Long.valueOf(n));
    }

    // --- money --------------------------------------------------------------------------------------------------

    /**
     * A money amount (a decimal string, exact as recorded) to 4 decimal places with thousands separators, e.g.
     * {@code 104,321.1235}: a double's exact binary expansion (50 digits) is true but hides the cents that matter.
     * Text that is not a number is shown as given.
     */
    public static String money(String value) {
        BigDecimal d = decimal(value);
        if (d == null) {
            return value == null || value.isBlank() ? MISSING : value;
        }
        return grouped(d.setScale(4, RoundingMode.HALF_EVEN));
    }

    /**
     * A drift between two ledgers (a decimal string) like {@link #money}, except that a non-zero amount too small
     * for 4 places keeps 3 significant digits in scientific notation ({@code 8.44e-11}) instead of reading 0, and an
     * exact zero reads {@code 0}.
     */
    public static String drift(String value) {
        BigDecimal d = decimal(value);
        if (d == null) {
            return value == null || value.isBlank() ? MISSING : value;
        }
        if (d.signum() == 0) {
            return "0";
        }
        if (d.abs().compareTo(SMALLEST_MONEY) < 0) {
            return String.format(Locale.ROOT, "%.2e", d.doubleValue());
        }
        return grouped(d.setScale(4, RoundingMode.HALF_EVEN));
    }

    // --- everything else ----------------------------------------------------------------------------------------

    /** An instant to the second in UTC, e.g. {@code 2026-11-26 22:00:00 UTC}. */
    public static String timestamp(Instant t) {
        return t == null ? MISSING : TIMESTAMP.format(t);
    }

    /** {@code yes}, {@code no}, or {@link #MISSING} when unknown. */
    public static String yesNo(Boolean b) {
        return b == null ? MISSING : b ? "yes" : "no";
    }

    /** The text, or {@link #MISSING} when it is null or blank. */
    public static String text(String s) {
        return s == null || s.isBlank() ? MISSING : s;
    }

    /** Names joined with commas, e.g. {@code daily, hourly}; {@link #MISSING} when there are none. */
    public static String names(Collection<String> names) {
        return names == null || names.isEmpty() ? MISSING : String.join(", ", names);
    }

    /** A long hex digest shortened to 16 digits and an ellipsis, e.g. {@code 3f2a9c0d11aa22bb…}. */
    public static String digest(String hex) {
        if (hex == null || hex.isBlank()) {
            return MISSING;
        }
        return hex.length() > 16 ? hex.substring(0, 16) + "…" : hex;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static boolean finite(Double v) {
        return v != null && Double.isFinite(v);
    }

    private static Double times100(Double v) {
        return v == null ? null : v * 100;
    }

    private static String unitSuffix(String unit) {
        return unit == null || unit.isBlank() ? "" : " " + unit;
    }

    private static String significant3(double v) {
        return significant(v, 3);
    }

    /**
     * {@code digits} significant digits with trailing zeros kept, but never rounding away integer digits: from
     * 10^digits on a value is a whole number (1953 stays 1953).
     */
    private static String significant(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v);
        int magnitude = (int) Math.floor(Math.log10(Math.abs(v)));
        int scale = Math.max(0, digits - 1 - magnitude);
        String s = d.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    private static String plain(BigDecimal d) {
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static BigDecimal decimal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String grouped(BigDecimal d) {
        DecimalFormat f = new DecimalFormat("#,##0.0000", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(d);
    }
}
