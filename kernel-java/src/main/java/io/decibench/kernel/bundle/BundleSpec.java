package io.decibench.kernel.bundle;

import io.decibench.kernel.calendar.XnysCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a bundle should contain: its name (also its folder name), bar frequency, number of assets, date span and seed.
 * The same spec always yields byte-identical files.
 *
 * @param start first calendar date considered (need not be a session)
 * @param end   last calendar date considered, inclusive
 */
public record BundleSpec(String name, Frequency frequency, int assets, LocalDate start, LocalDate end, long seed) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final String FIX = " Fix the bundle in the plugin's <bundles> configuration.";

    public BundleSpec {
        requireValidName(name);
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (assets < 1) {
            throw new BundleException("Bundle '" + name + "' has " + assets + " assets; it needs at least 1." + FIX, null);
        }
        if (start.isAfter(end)) {
            throw new BundleException("Bundle '" + name + "' starts (" + start + ") after it ends (" + end + ")." + FIX, null);
        }
        if (!hasSession(start, end)) {
            throw new BundleException("Bundle '" + name + "' spans no XNYS session between " + start + " and " + end
                    + "." + FIX, null);
        }
    }

    /**
     * Checks that a name can be used as a folder right inside the bundle directory: only letters, digits, '.', '_'
     * and '-', not starting with '.', no "..". A bundle name can never escape the bundle directory.
     *
     * @throws BundleException naming the offending name
     */
    public static String requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.startsWith(".") || name.contains("..")) {
            throw new BundleException("Invalid bundle name '" + name + "': use only letters, digits, '.', '_' and '-', "
                    + "not starting with '.' and without '..' or path separators (a bundle name can never escape the "
                    + "bundle directory)." + FIX, null);
        }
        return name;
    }

    /** The asset symbols SYM000, SYM001, ... (three digits, more when there are over 1000 assets). */
    public List<String> symbols() {
        int digits = Math.max(3, String.valueOf(assets - 1).length());
        String format = "SYM%0" + digits + "d";
        List<String> out = new ArrayList<>(assets);
        for (int i = 0; i < assets; i++) {
            out.add(String.format(format, i));
        }
        return out;
    }

    private static boolean hasSession(LocalDate start, LocalDate end) {
        XnysCalendar calendar = new XnysCalendar();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (calendar.isSession(d)) {
                return true;
            }
        }
        return false;
    }
}
